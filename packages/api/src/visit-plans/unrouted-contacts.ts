import type { VisitStandard } from "@beatplan/domain";
import type { EntityManager } from "@mikro-orm/postgresql";
import { Field, Int, ObjectType } from "type-graphql";
import { effectivePolicy } from "../classification/effective-policy.ts";
import { Customer } from "../customers/customer.entity.ts";
import { Territory } from "../org/territory.entity.ts";
import { executeSql } from "../shared/sql.ts";

/** A contact the visit standard asks for that the plan does not route. */
@ObjectType("VisitPlanUnroutedContact", { description: "A contact the visit standard asks for that is not in the reps' routes: a phone call, or a manager's visit." })
export class UnroutedContactView {
  @Field(() => Customer, { nullable: true, description: "The customer; null if you may no longer see them." })
  customer!: Customer | null;

  @Field(() => String, { description: "ON_SITE or PHONE." })
  kind!: string;

  @Field(() => String, { description: "Who makes it: REP or MANAGER." })
  visitor!: string;

  @Field(() => Int, { description: "Contacts in the plan's cycle." })
  contactsPerCycle!: number;

  @Field(() => Int, { description: "Planned minutes per contact." })
  minutesPerContact!: number;
}

/**
 * The contacts of a territory's active customers that the visit standard asks for but the plan
 * does not route: phone calls (no travel) and visits by the manager (listed for the manager,
 * not in the rep's day), scaled to the plan's cycle, by customer code.
 */
export async function unroutedContacts(em: EntityManager, territoryId: string, cycleWeeks: number): Promise<{ customerId: string; kind: string; visitor: string; contactsPerCycle: number; minutesPerContact: number }[]> {
  const territory = await em.findOneOrFail(Territory, { id: territoryId });
  const standard: VisitStandard = (await effectivePolicy(em, territory)).visitStandard;
  const scale = cycleWeeks / standard.cycle.weeks;
  const rows = await executeSql<{ id: string; class: string }>(em, "select id, class from customer where territory_id = $1 and status = 'ACTIVE' and class is not null order by code", [territoryId]);
  return rows.flatMap((row) =>
    (standard.requirements[row.class as keyof VisitStandard["requirements"]] ?? [])
      .filter((requirement) => !(requirement.kind === "ON_SITE" && requirement.visitor === "REP"))
      .map((requirement) => ({ customerId: row.id, kind: requirement.kind, visitor: requirement.visitor, contactsPerCycle: requirement.visitsPerCycle * scale, minutesPerContact: requirement.minutesPerVisit })),
  );
}
