import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Region } from "../org/region.entity.ts";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import { ClassificationMethod } from "./classification-enums.ts";
import { stampNow } from "../shared/entity-clock.ts";

/**
 * How the customers of a territory are classified and what each class gets (DOMAIN.md §2, §3).
 * A row belongs to one territory, one region (the region's default) or to neither (the
 * company default); partial unique indexes in the migration allow one row per level.
 */
@Entity({ tableName: "classification_policy" })
@Check({ name: "classification_policy_one_level_check", expression: "territory_id is null or region_id is null" })
@Check({ name: "classification_policy_period_check", expression: "period_months between 3 and 6" })
export class ClassificationPolicy {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Territory, ref: true, nullable: true, deleteRule: "cascade" })
  territory: Ref<Territory> | null = null;

  @ManyToOne({ entity: () => Region, ref: true, nullable: true, deleteRule: "cascade" })
  region: Ref<Region> | null = null;

  @Enum({ items: () => ClassificationMethod })
  method: ClassificationMethod;

  /** Months of sales to average (3..6), ending with the last complete month before "as of". */
  @Property({ type: "integer" })
  periodMonths: number;

  /** Method parameters as validated JSON: `{ thresholds }`, `{ cuts, lowestClass }` or `{ ruleSet }`. */
  @Property({ type: "json" })
  parameters: Record<string, unknown>;

  /** The visit standard per class (domain `VisitStandardInput`), validated by the domain. */
  @Property({ type: "json" })
  visitStandard: Record<string, unknown>;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, index: true, deleteRule: "set null" })
  updatedBy: Ref<User> | null = null;

  @Property({ type: "integer", version: true })
  version: number = 1;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow, onUpdate: stampNow })
  updatedAt!: Date;
}
