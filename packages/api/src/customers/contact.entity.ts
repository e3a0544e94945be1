import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";
import { DateScalar } from "../shared/scalars.ts";
import { Customer } from "./customer.entity.ts";
import { InformationTier } from "./customer-enums.ts";

/** A key person at a customer. Personal data: the scoping layer will restrict it. */
@Entity({ tableName: "contact" })
@ObjectType("Contact", { implements: Node, description: "A key person at a customer." })
export class Contact {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Customer, ref: true, index: true, deleteRule: "cascade" })
  customer: Ref<Customer>;

  @Property({ type: "string", length: 200 })
  @Field(() => String, { description: "Full name." })
  name: string;

  @Property({ type: "string", length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: "Job title." })
  title: string | null = null;

  @Property({ type: "string", length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: "Phone number." })
  phone: string | null = null;

  @Property({ type: "string", length: 320, nullable: true })
  @Field(() => String, { nullable: true, description: "E-mail address." })
  email: string | null = null;

  @Property({ type: "date", nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Birthday." })
  birthday: string | null = null;

  @Property({ type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "Interests and hobbies, free text." })
  interests: string | null = null;

  @Enum({ items: () => InformationTier })
  @Field(() => InformationTier, { description: "Information tier: decides which material the contact receives." })
  tier: InformationTier;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("Contact", this.id);
  }
}
