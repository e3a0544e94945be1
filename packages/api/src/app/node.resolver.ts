import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Contact } from "../customers/contact.entity.ts";
import { Store } from "../customers/store.entity.ts";
import type { GraphQLContext } from "../shared/context.ts";
import { parseGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";

/** Relay `node(id:)`: refetches any object with a global ID. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Fetches any object by its global ID; null when it does not exist or is not visible to you." })
  async node(@Ctx() context: GraphQLContext, @Arg("id", () => ID, { description: "A global ID." }) id: string): Promise<Node | null> {
    const parsed = parseGlobalId(id);
    if (!parsed) return null;
    const { org, customers } = context.loaders;
    switch (parsed.type) {
      case "Customer":
        return customers.customerById.load(parsed.uuid);
      case "Region":
        return org.regionById.load(parsed.uuid);
      case "Territory":
        return org.territoryById.load(parsed.uuid);
      case "User":
        return org.userById.load(parsed.uuid);
      case "Store": {
        // Visible only through a visible customer.
        const store = await context.em.findOne(Store, parsed.uuid);
        return store && (await customers.customerById.load(store.customer.id)) ? store : null;
      }
      case "BusinessPlan":
        return context.loaders.businessPlans.planById.load(parsed.uuid);
      case "BusinessPlanRevision":
        return context.loaders.businessPlans.revisionById.load(parsed.uuid);
      case "Product":
        return context.loaders.businessPlans.productById.load(parsed.uuid);
      case "Contact": {
        const contact = await context.em.findOne(Contact, parsed.uuid);
        return contact && (await customers.customerById.load(contact.customer.id)) ? contact : null;
      }
      default:
        return null;
    }
  }
}
