import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";
import { Customer } from "./customer.entity.ts";

/** A store (门店) owned by a dealer or chain customer. */
@Entity({ tableName: "store" })
@Unique({ properties: ["customer", "code"] })
@ObjectType("Store", { implements: Node, description: "A store (门店) belonging to a customer." })
export class Store {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  // Leading column of the (customer, code) unique index, which also serves the foreign key.
  @ManyToOne({ entity: () => Customer, ref: true, deleteRule: "cascade" })
  customer: Ref<Customer>;

  @Property({ type: "string", length: 32 })
  @Field(() => String, { description: "Store code, unique within its customer." })
  code: string;

  @Property({ type: "string", length: 200 })
  @Field(() => String, { description: "Store name." })
  name: string;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Postal address." })
  address: string | null = null;

  @Property({ type: "double", nullable: true })
  @Field(() => Float, { nullable: true, description: "Latitude in degrees (WGS 84)." })
  latitude: number | null = null;

  @Property({ type: "double", nullable: true })
  @Field(() => Float, { nullable: true, description: "Longitude in degrees (WGS 84)." })
  longitude: number | null = null;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("Store", this.id);
  }
}
