import { Entity, OneToOne, Property } from "@mikro-orm/decorators/legacy";
import { ArrayType, type Ref } from "@mikro-orm/core";
import { Customer } from "../customers/customer.entity.ts";
import { stampNow } from "../shared/entity-clock.ts";

/** A customer's constraints on visit days: weekdays it is closed, and weekdays it expects its rep (DOMAIN.md §4). */
@Entity({ tableName: "customer_visit_days" })
export class CustomerVisitDays {
  @OneToOne({ entity: () => Customer, ref: true, primary: true, owner: true, deleteRule: "cascade" })
  customer: Ref<Customer>;

  /** ISO weekdays the customer cannot be visited. */
  @Property({ type: ArrayType, columnType: "smallint[]", defaultRaw: "'{}'" })
  closedWeekdays: number[] = [];

  /** ISO weekdays the customer expects its visits on; empty for any. */
  @Property({ type: ArrayType, columnType: "smallint[]", defaultRaw: "'{}'" })
  pinnedWeekdays: number[] = [];

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow, onUpdate: stampNow })
  updatedAt!: Date;
}
