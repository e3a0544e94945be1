import { Field, Float, ID, InputType, Int } from "type-graphql";
import { DateScalar, DecimalScalar } from "../shared/scalars.ts";
import { InformationTier } from "./customer-enums.ts";

const versionDescription = "The customer's `version` you last read; every change to any section of the customer increases it (a different current version is a CONFLICT).";

/** Fields of a contact person; phone, birthday and interests are personal data. */
@InputType("ContactFields", { description: "Fields of a contact person. Phone, birthday and interests are personal data: only viewers who may read them may set them." })
export class ContactFields {
  @Field(() => String, { description: "Full name, 1..200 characters." })
  name: string;

  @Field(() => InformationTier, { description: "Information tier (I owner, II manager, III operational staff)." })
  tier: InformationTier;

  @Field(() => String, { nullable: true, description: "Job title, up to 200 characters." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number, up to 64 characters (personal data)." })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address, up to 320 characters." })
  email?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Birthday, not in the future (personal data)." })
  birthday?: string | null;

  @Field(() => String, { nullable: true, description: "Interests and hobbies, up to 2000 characters (personal data)." })
  interests?: string | null;
}

/** A new contact of a customer. */
@InputType("AddContactInput", { description: "A new contact of a customer." })
export class AddContactInput {
  @Field(() => ID, { description: "The customer (global ID)." })
  customerId: string;

  @Field(() => Int, { description: versionDescription })
  expectedVersion: number;

  @Field(() => ContactFields, { description: "The contact's fields." })
  contact: ContactFields;
}

/** Changes to a contact; omitted fields stay as they are, null clears an optional field. */
@InputType("UpdateContactInput", { description: "Changes to a contact; omitted fields stay as they are, null clears an optional field. Phone, birthday and interests may be given only by viewers who may read them." })
export class UpdateContactInput {
  @Field(() => ID, { description: "The contact (global ID)." })
  id: string;

  @Field(() => Int, { description: versionDescription })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: "New full name." })
  name?: string | null;

  @Field(() => InformationTier, { nullable: true, description: "New information tier." })
  tier?: InformationTier | null;

  @Field(() => String, { nullable: true, description: "Job title." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number (personal data)." })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address." })
  email?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Birthday (personal data)." })
  birthday?: string | null;

  @Field(() => String, { nullable: true, description: "Interests and hobbies (personal data)." })
  interests?: string | null;
}

/** Which contact or store to remove, and the customer's version last read. */
@InputType("RemoveCustomerPartInput", { description: "Which contact or store to remove, and the customer's version last read." })
export class RemoveCustomerPartInput {
  @Field(() => ID, { description: "The contact or store (global ID)." })
  id: string;

  @Field(() => Int, { description: versionDescription })
  expectedVersion: number;
}

/** Fields of a store. */
@InputType("StoreFields", { description: "Fields of a store (门店) of a customer." })
export class StoreFields {
  @Field(() => String, { description: "Store code, 1..32 characters, unique within the customer." })
  code: string;

  @Field(() => String, { description: "Store name, 1..200 characters." })
  name: string;

  @Field(() => String, { nullable: true, description: "Postal address, up to 2000 characters." })
  address?: string | null;

  @Field(() => Float, { nullable: true, description: "Latitude, -90..90." })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude, -180..180." })
  longitude?: number | null;
}

/** A new store of a customer. */
@InputType("AddStoreInput", { description: "A new store of a customer (a dealer or chain may own several)." })
export class AddStoreInput {
  @Field(() => ID, { description: "The customer (global ID)." })
  customerId: string;

  @Field(() => Int, { description: versionDescription })
  expectedVersion: number;

  @Field(() => StoreFields, { description: "The store's fields." })
  store: StoreFields;
}

/** Changes to a store; omitted fields stay as they are, null clears an optional field. */
@InputType("UpdateStoreInput", { description: "Changes to a store; omitted fields stay as they are, null clears an optional field." })
export class UpdateStoreInput {
  @Field(() => ID, { description: "The store (global ID)." })
  id: string;

  @Field(() => Int, { description: versionDescription })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: "New store code, unique within the customer." })
  code?: string | null;

  @Field(() => String, { nullable: true, description: "New store name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Postal address." })
  address?: string | null;

  @Field(() => Float, { nullable: true, description: "Latitude, -90..90." })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude, -180..180." })
  longitude?: number | null;
}

/** A customer's whole credit profile; omitted fields become null. */
@InputType("SetCreditProfileInput", { description: "A customer's whole credit profile; it replaces the stored one (omitted fields become null, badCredit false)." })
export class SetCreditProfileInput {
  @Field(() => ID, { description: "The customer (global ID)." })
  customerId: string;

  @Field(() => Int, { description: versionDescription })
  expectedVersion: number;

  @Field(() => DecimalScalar, { nullable: true, description: "Registered capital (money), 0 or more, at most 14 digits before the decimal point and 2 after." })
  registeredCapital?: string | null;

  @Field(() => Int, { nullable: true, description: "Years in business, 0..500." })
  yearsInBusiness?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Credit limit (money), 0 or more, at most 14 digits before the decimal point and 2 after." })
  creditLimit?: string | null;

  @Field(() => Int, { nullable: true, description: "Credit term in days, 0..3650." })
  creditTermDays?: number | null;

  @Field(() => Int, { nullable: true, description: "Day of month on which accounts are settled, 1..31." })
  settlementDay?: number | null;

  @Field(() => String, { nullable: true, description: "Payment terms, up to 2000 characters." })
  paymentTerms?: string | null;

  @Field(() => Boolean, { nullable: true, description: "True when the customer has a bad-credit record (default false)." })
  badCredit?: boolean | null;
}

/** A customer's whole operating profile; omitted fields become null. */
@InputType("SetOperatingProfileInput", { description: "A customer's whole operating profile; it replaces the stored one (omitted fields become null, no delivery addresses)." })
export class SetOperatingProfileInput {
  @Field(() => ID, { description: "The customer (global ID)." })
  customerId: string;

  @Field(() => Int, { description: versionDescription })
  expectedVersion: number;

  @Field(() => Int, { nullable: true, description: "Number of sales staff, 0..100000." })
  salesStaff?: number | null;

  @Field(() => String, { nullable: true, description: "Market coverage, up to 2000 characters." })
  marketCoverage?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Floor area in square metres, 0 or more, at most 10 digits before the decimal point and 2 after." })
  floorArea?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Storage area in square metres, 0 or more, at most 10 digits before the decimal point and 2 after." })
  storageArea?: string | null;

  @Field(() => String, { nullable: true, description: "Transport mode, up to 100 characters." })
  transportMode?: string | null;

  @Field(() => [String], { nullable: true, description: "Delivery addresses, at most 50, each 1..2000 characters." })
  deliveryAddresses?: string[] | null;
}
