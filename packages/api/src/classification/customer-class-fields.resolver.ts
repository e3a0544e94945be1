import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Customer } from "../customers/customer.entity.ts";
import type { GraphQLContext } from "../graphql/context.ts";
import { User } from "../org/user.entity.ts";
import { ClassAssignment } from "./class-assignment.entity.ts";
import { ClassOverride } from "./class-override.entity.ts";

/** Class history and manual override of a customer, read through per-request DataLoaders. */
@Resolver(() => Customer)
export class CustomerClassFieldsResolver {
  @FieldResolver(() => [ClassAssignment], { description: "Every change of the customer's class, newest first." })
  classHistory(@Root() customer: Customer, @Ctx() context: GraphQLContext): Promise<ClassAssignment[]> {
    return context.loaders.classification.classHistoryByCustomerId.load(customer.id);
  }

  @FieldResolver(() => ClassOverride, { nullable: true, description: "The manual class that holds today; null when none." })
  classOverride(@Root() customer: Customer, @Ctx() context: GraphQLContext): Promise<ClassOverride | null> {
    return context.loaders.classification.activeOverrideByCustomerId.load(customer.id);
  }
}

/** Who made a class change. */
@Resolver(() => ClassAssignment)
export class ClassAssignmentFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who made the change; null when the system did (e.g. loading demo data)." })
  actor(@Root() assignment: ClassAssignment, @Ctx() context: GraphQLContext): Promise<User | null> | null {
    return assignment.actor ? context.loaders.org.userById.load(assignment.actor.id) : null;
  }
}

/** Who set an override. */
@Resolver(() => ClassOverride)
export class ClassOverrideFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: "Who set the override." })
  actor(@Root() override: ClassOverride, @Ctx() context: GraphQLContext): Promise<User | null> | null {
    return override.actor ? context.loaders.org.userById.load(override.actor.id) : null;
  }
}
