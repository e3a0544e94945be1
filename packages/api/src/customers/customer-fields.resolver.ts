import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { maySeeSensitiveOf, sensitiveSectionReason } from "../auth/sensitive-sections.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { DomainError } from "../shared/domain-error.ts";
import { DecimalScalar, MonthScalar } from "../shared/scalars.ts";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import { MonthlySales } from "../sales/monthly-sales.entity.ts";
import { Contact } from "./contact.entity.ts";
import { CreditProfile } from "./credit-profile.entity.ts";
import { Customer } from "./customer.entity.ts";
import { OperatingProfile } from "./operating-profile.entity.ts";
import { Store } from "./store.entity.ts";

const maxSalesRangeMonths = 120;
const maxAverageMonths = 24;

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Relations of a customer, each read through a per-request DataLoader (no N+1). */
@Resolver(() => Customer)
export class CustomerFieldsResolver {
  @FieldResolver(() => Territory, { description: "Territory the customer belongs to." })
  async territory(@Root() customer: Customer, @Ctx() context: GraphQLContext): Promise<Territory> {
    const territory = await context.loaders.org.territoryById.load(customer.territory.id);
    if (!territory) throw new Error(`customer ${customer.code} references missing territory ${customer.territory.id}`);
    return territory;
  }

  @FieldResolver(() => User, { nullable: true, description: "The rep responsible for the customer; null when unassigned." })
  responsibleRep(@Root() customer: Customer, @Ctx() context: GraphQLContext): Promise<User | null> | null {
    return customer.responsibleRep ? context.loaders.org.userById.load(customer.responsibleRep.id) : null;
  }

  @FieldResolver(() => [Store], { description: "Stores (门店) of the customer, by code." })
  stores(@Root() customer: Customer, @Ctx() context: GraphQLContext): Promise<Store[]> {
    return context.loaders.customers.storesByCustomerId.load(customer.id);
  }

  @FieldResolver(() => [Contact], { description: "Key persons at the customer, by tier then name." })
  contacts(@Root() customer: Customer, @Ctx() context: GraphQLContext): Promise<Contact[]> {
    return context.loaders.customers.contactsByCustomerId.load(customer.id);
  }

  @FieldResolver(() => CreditProfile, { nullable: true, description: `Credit data; null when not recorded or withheld (${sensitiveSectionReason}; see restrictedSections).` })
  creditProfile(@Root() customer: Customer, @Ctx() context: GraphQLContext): Promise<CreditProfile | null> | null {
    if (!maySeeSensitiveOf(context.scope, customer)) return null;
    return context.loaders.customers.creditProfileByCustomerId.load(customer.id);
  }

  @FieldResolver(() => OperatingProfile, { nullable: true, description: "Operating data; null when not recorded." })
  operatingProfile(@Root() customer: Customer, @Ctx() context: GraphQLContext): Promise<OperatingProfile | null> {
    return context.loaders.customers.operatingProfileByCustomerId.load(customer.id);
  }

  @FieldResolver(() => [MonthlySales], { description: `Reported sales per month in from..to (inclusive, at most ${maxSalesRangeMonths} months), oldest first; months without a report are absent.` })
  monthlySales(
    @Root() customer: Customer,
    @Ctx() context: GraphQLContext,
    @Arg("from", () => MonthScalar, { description: "First month, inclusive." }) from: string,
    @Arg("to", () => MonthScalar, { description: "Last month, inclusive." }) to: string,
  ): Promise<MonthlySales[]> {
    const span = monthIndex(to) - monthIndex(from) + 1;
    if (span < 1 || span > maxSalesRangeMonths) {
      throw new DomainError("VALIDATION", `from..to must span 1..${maxSalesRangeMonths} months, got ${from}..${to}`, ["from"]);
    }
    return context.loaders.sales.monthlySales.load({ customerId: customer.id, from, to });
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: "Average monthly sales amount over the `months` complete months before the current month by the server clock (missing months count as zero); null when the customer reported no sales up to then.",
  })
  averageMonthlySales(
    @Root() customer: Customer,
    @Ctx() context: GraphQLContext,
    @Arg("months", () => Int, { nullable: true, defaultValue: 3, description: `Number of months, 1..${maxAverageMonths}.` }) requestedMonths: number | null,
  ): Promise<string | null> {
    const months = requestedMonths ?? 3;
    if (!Number.isInteger(months) || months < 1 || months > maxAverageMonths) {
      throw new DomainError("VALIDATION", `months must be 1..${maxAverageMonths}, got ${months}`, ["months"]);
    }
    return context.loaders.sales.averageMonthlySales.load({ customerId: customer.id, months });
  }
}
