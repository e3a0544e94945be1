import type { Ref } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import type { ReasonTemplate } from "./class-reasons.ts";
import { ClassAssignmentSource } from "./classification-enums.ts";
import { stampNow } from "../shared/entity-clock.ts";

/**
 * What the class changes of one apply — or one manual override — share: who made them, when,
 * for which territory, by which method and period, and the template their reasons are
 * rendered from. Written for every apply, also when nothing changed.
 */
@Entity({ tableName: "class_change_run" })
@Index({ name: "class_change_run_territory_id_applied_at_index", properties: ["territory", "appliedAt"] })
export class ClassChangeRun {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  /** The territory classified (a manual override: the customer's territory); null once the territory is deleted. */
  @ManyToOne({ entity: () => Territory, ref: true, nullable: true, deleteRule: "set null" })
  territory: Ref<Territory> | null = null;

  @Enum({ items: () => ClassAssignmentSource })
  source: ClassAssignmentSource;

  /** The "as of" date of a classification; null for manual overrides. */
  @Property({ type: "date", nullable: true })
  asOf: string | null = null;

  @Property({ type: "date", nullable: true })
  firstMonth: string | null = null;

  @Property({ type: "date", nullable: true })
  lastMonth: string | null = null;

  /** Active customers classified; null for manual overrides. */
  @Property({ type: "integer", nullable: true })
  customerCount: number | null = null;

  /** Summed average volume of the customers classified; null for manual overrides. */
  @Property({ type: "decimal", precision: 22, scale: 6, nullable: true })
  total: string | null = null;

  /** Shared text of the reasons of a Pareto or threshold-amount run. */
  @Property({ type: "json", nullable: true })
  reasonTemplate: ReasonTemplate | null = null;

  /** Null for changes made by the system itself (e.g. while loading demo data). */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, index: true, deleteRule: "set null" })
  actor: Ref<User> | null = null;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  appliedAt!: Date;
}
