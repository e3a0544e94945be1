import { AuditEntry } from "../audit/audit-entry.entity.ts";
import { LoginAttempt } from "../auth/login-attempt.entity.ts";
import { ApiTokenTerritory } from "../tokens/api-token-territory.entity.ts";
import { ApiToken } from "../tokens/api-token.entity.ts";
import { ClassAssignment } from "../classification/class-assignment.entity.ts";
import { ClassChangeRun } from "../classification/class-change-run.entity.ts";
import { ClassOverride } from "../classification/class-override.entity.ts";
import { ClassificationPolicy } from "../classification/classification-policy.entity.ts";
import { AuthorityLimit } from "../business-plans/authority-limit.entity.ts";
import { BusinessPlanEvent } from "../business-plans/business-plan-event.entity.ts";
import { BusinessPlanRevision } from "../business-plans/business-plan-revision.entity.ts";
import { BusinessPlan } from "../business-plans/business-plan.entity.ts";
import { BusinessReview } from "../business-plans/business-review.entity.ts";
import { WeeklyProgress } from "../business-plans/weekly-progress.entity.ts";
import { Contact } from "../customers/contact.entity.ts";
import { CreditProfile } from "../customers/credit-profile.entity.ts";
import { Customer } from "../customers/customer.entity.ts";
import { OperatingProfile } from "../customers/operating-profile.entity.ts";
import { Store } from "../customers/store.entity.ts";
import { Region } from "../org/region.entity.ts";
import { TerritoryMember } from "../org/territory-member.entity.ts";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import { Product } from "../products/product.entity.ts";
import { MonthlySales } from "../sales/monthly-sales.entity.ts";

/** Every entity, listed explicitly (no folder discovery: swc-compiled code runs from source). */
export const entities = [Region, Territory, User, TerritoryMember, Customer, Store, Contact, CreditProfile, OperatingProfile, MonthlySales, ClassificationPolicy, ClassChangeRun, ClassAssignment, ClassOverride, LoginAttempt, ApiToken, ApiTokenTerritory, AuditEntry, Product, AuthorityLimit, BusinessPlan, BusinessPlanRevision, BusinessPlanEvent, WeeklyProgress, BusinessReview];
