import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { OrderDirection } from "../shared/order-direction.ts";
import { CustomerClass, CustomerStatus, CustomerType } from "./customer-enums.ts";
import { CustomerLifecycle } from "./customer-lifecycle.ts";

/** What the customer list can be ordered by. */
export enum CustomerOrderField {
  NAME = "NAME",
  CODE = "CODE",
  SALES_LAST_3_MONTHS = "SALES_LAST_3_MONTHS",
}

registerEnumType(CustomerOrderField, {
  name: "CustomerOrderField",
  description: "What the customer list can be ordered by; ties are broken by id.",
  valuesConfig: {
    NAME: { description: "Customer name (byte order)." },
    CODE: { description: "Customer code." },
    SALES_LAST_3_MONTHS: { description: "Total sales amount of the 3 complete months before the current month by the server clock (missing months count as zero)." },
  },
});

/** Conditions on customers; all given conditions must hold. */
@InputType("CustomerFilter", { description: "Conditions on customers; all given conditions must hold." })
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: "Only customers of the territory with this code." })
  territoryCode?: string | null;

  @Field(() => ID, { nullable: true, description: "Only customers of this territory (global ID)." })
  territoryId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only customers whose responsible rep is this user (global ID)." })
  repId?: string | null;

  @Field(() => CustomerType, { nullable: true, description: "Only customers of this type." })
  type?: CustomerType | null;

  @Field(() => CustomerStatus, { nullable: true, description: "Only customers with this status." })
  status?: CustomerStatus | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive substring of the code or the name." })
  search?: string | null;

  @Field(() => CustomerClass, { nullable: true, description: "Only customers of this class." })
  class?: CustomerClass | null;

  @Field(() => CustomerLifecycle, { nullable: true, description: "Only customers with this lifecycle status." })
  lifecycle?: CustomerLifecycle | null;
}

/** Order of the customer list. */
@InputType("CustomerOrder", { description: "Order of the customer list." })
export class CustomerOrder {
  @Field(() => CustomerOrderField, { nullable: false, defaultValue: CustomerOrderField.NAME, description: "What to order by." })
  field: CustomerOrderField;

  @Field(() => OrderDirection, { nullable: false, defaultValue: OrderDirection.ASC, description: "Sort direction." })
  direction: OrderDirection;
}

/** Fields of a new customer. */
@InputType("CreateCustomerInput", { description: "Fields of a new customer." })
export class CreateCustomerInput {
  @Field(() => String, { description: "Unique customer code, 1..32 characters." })
  code: string;

  @Field(() => String, { description: "Customer name, 1..200 characters." })
  name: string;

  @Field(() => CustomerType, { description: "Kind of customer." })
  type: CustomerType;

  @Field(() => ID, { description: "Territory (global ID)." })
  territoryId: string;

  @Field(() => ID, { nullable: true, description: "Responsible rep (global ID of a user)." })
  responsibleRepId?: string | null;

  @Field(() => String, { nullable: true, description: "Sales channel, up to 100 characters." })
  channel?: string | null;

  @Field(() => String, { nullable: true, description: "Business scale, up to 100 characters." })
  scale?: string | null;

  @Field(() => String, { nullable: true, description: "Postal address." })
  address?: string | null;

  @Field(() => Float, { nullable: true, description: "Latitude, -90..90." })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude, -180..180." })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: "Business registration number, up to 64 characters." })
  registrationNo?: string | null;

  @Field(() => String, { nullable: true, description: "Tax number, up to 64 characters." })
  taxNo?: string | null;

  @Field(() => String, { nullable: true, description: "Bank account, up to 64 characters." })
  bankAccount?: string | null;
}

/** Changes to a customer; omitted fields stay as they are, null clears an optional field. */
@InputType("UpdateCustomerInput", { description: "Changes to a customer; omitted fields stay as they are, null clears an optional field." })
export class UpdateCustomerInput {
  @Field(() => ID, { description: "The customer (global ID)." })
  id: string;

  @Field(() => Int, { description: "The `version` you last read; a different current version means someone else changed it (CONFLICT)." })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: "New unique code." })
  code?: string | null;

  @Field(() => String, { nullable: true, description: "New name." })
  name?: string | null;

  @Field(() => CustomerType, { nullable: true, description: "New kind of customer." })
  type?: CustomerType | null;

  @Field(() => ID, { nullable: true, description: "New territory (global ID)." })
  territoryId?: string | null;

  @Field(() => ID, { nullable: true, description: "New responsible rep (global ID); null removes the rep." })
  responsibleRepId?: string | null;

  @Field(() => String, { nullable: true, description: "Sales channel." })
  channel?: string | null;

  @Field(() => String, { nullable: true, description: "Business scale." })
  scale?: string | null;

  @Field(() => String, { nullable: true, description: "Postal address." })
  address?: string | null;

  @Field(() => Float, { nullable: true, description: "Latitude, -90..90." })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude, -180..180." })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: "Business registration number." })
  registrationNo?: string | null;

  @Field(() => String, { nullable: true, description: "Tax number." })
  taxNo?: string | null;

  @Field(() => String, { nullable: true, description: "Bank account." })
  bankAccount?: string | null;
}

/** Which customer to archive, and the version last read. */
@InputType("ArchiveCustomerInput", { description: "Which customer to archive, and the version last read." })
export class ArchiveCustomerInput {
  @Field(() => ID, { description: "The customer (global ID)." })
  id: string;

  @Field(() => Int, { description: "The `version` you last read (CONFLICT when it changed since)." })
  expectedVersion: number;
}
