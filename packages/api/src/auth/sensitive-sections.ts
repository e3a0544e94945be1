import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root, registerEnumType } from "type-graphql";
import { Contact } from "../customers/contact.entity.ts";
import { Customer } from "../customers/customer.entity.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { DateScalar } from "../shared/scalars.ts";
import type { Scope } from "./scope.ts";

/** Parts of a customer's record that only some viewers may read. */
export enum SensitiveSection {
  CREDIT_PROFILE = "CREDIT_PROFILE",
  CONTACT_PERSONAL_DATA = "CONTACT_PERSONAL_DATA",
  BANK_AND_TAX_DATA = "BANK_AND_TAX_DATA",
}

registerEnumType(SensitiveSection, {
  name: "SensitiveSection",
  description: "A part of a customer's record readable only by ADMIN, the managers of the customer's territory and its responsible rep.",
  valuesConfig: {
    CREDIT_PROFILE: { description: "`Customer.creditProfile`." },
    CONTACT_PERSONAL_DATA: { description: "`Contact.phone`, `Contact.birthday` and `Contact.interests` of the customer's contacts." },
    BANK_AND_TAX_DATA: { description: "`Customer.bankAccount` and `Customer.taxNo`." },
  },
});

/** Why a section was withheld. */
export const sensitiveSectionReason = "readable only by admins, the managers of the customer's territory and the customer's responsible rep";

/** A section withheld from the viewer, and why. */
@ObjectType("RestrictedSection", { description: "A part of the customer's record that was withheld from you (returned as null), and why." })
export class RestrictedSection {
  @Field(() => SensitiveSection, { description: "The withheld section." })
  section: SensitiveSection;

  @Field(() => String, { description: "Why it was withheld." })
  reason: string;
}

/** Whether the viewer may read the customer's sensitive sections. */
export function maySeeSensitiveOf(scope: Scope, customer: Customer): boolean {
  return scope.maySeeSensitive({ territoryId: customer.territory.id, responsibleRepId: customer.responsibleRep?.id ?? null });
}

/** Sensitive sections of a customer: withheld (null) unless the viewer may read them. */
@Resolver(() => Customer)
export class CustomerSensitiveSectionsResolver {
  @FieldResolver(() => [RestrictedSection], {
    description: `Sections of this customer withheld from you and returned as null: credit profile, bank account, tax number and contacts' personal data are ${sensitiveSectionReason}. Empty when you see everything.`,
  })
  restrictedSections(@Root() customer: Customer, @Ctx() context: GraphQLContext): RestrictedSection[] {
    if (maySeeSensitiveOf(context.scope, customer)) return [];
    return [SensitiveSection.CREDIT_PROFILE, SensitiveSection.BANK_AND_TAX_DATA, SensitiveSection.CONTACT_PERSONAL_DATA].map((section) => ({ section, reason: sensitiveSectionReason }));
  }

  @FieldResolver(() => String, { nullable: true, description: `Tax number; null when unknown or withheld (${sensitiveSectionReason}; see restrictedSections).` })
  taxNo(@Root() customer: Customer, @Ctx() context: GraphQLContext): string | null {
    return maySeeSensitiveOf(context.scope, customer) ? customer.taxNo : null;
  }

  @FieldResolver(() => String, { nullable: true, description: `Bank account; null when unknown or withheld (${sensitiveSectionReason}; see restrictedSections).` })
  bankAccount(@Root() customer: Customer, @Ctx() context: GraphQLContext): string | null {
    return maySeeSensitiveOf(context.scope, customer) ? customer.bankAccount : null;
  }
}

async function personalData<Value>(contact: Contact, context: GraphQLContext, value: Value): Promise<Value | null> {
  const customer = await context.loaders.customers.customerById.load(contact.customer.id);
  return customer && maySeeSensitiveOf(context.scope, customer) ? value : null;
}

/** A contact's personal data, withheld (null) unless the viewer may read the customer's sensitive sections. */
@Resolver(() => Contact)
export class ContactPersonalDataResolver {
  @FieldResolver(() => String, { nullable: true, description: `Phone number; null when unknown or withheld (${sensitiveSectionReason}; see Customer.restrictedSections).` })
  phone(@Root() contact: Contact, @Ctx() context: GraphQLContext): Promise<string | null> {
    return personalData(contact, context, contact.phone);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: `Birthday; null when unknown or withheld (${sensitiveSectionReason}; see Customer.restrictedSections).` })
  birthday(@Root() contact: Contact, @Ctx() context: GraphQLContext): Promise<string | null> {
    return personalData(contact, context, contact.birthday);
  }

  @FieldResolver(() => String, { nullable: true, description: `Interests and hobbies; null when unknown or withheld (${sensitiveSectionReason}; see Customer.restrictedSections).` })
  interests(@Root() contact: Contact, @Ctx() context: GraphQLContext): Promise<string | null> {
    return personalData(contact, context, contact.interests);
  }
}
