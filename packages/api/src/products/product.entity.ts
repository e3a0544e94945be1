import { randomUUID } from "node:crypto";
import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";

/** A product of the catalogue: the reference for new-product launches in business plans. */
@Entity({ tableName: "product" })
@Index({ name: "product_category_code_index", properties: ["category", "code"] })
@ObjectType("Product", { implements: Node, description: "A product of the catalogue, referenced by business-plan launches." })
export class Product {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @Property({ type: "string", length: 32, unique: true })
  @Field(() => String, { description: "Unique product code (SKU)." })
  code: string;

  @Property({ type: "string", length: 200 })
  @Field(() => String, { description: "Product name." })
  name: string;

  @Property({ type: "string", length: 100 })
  @Field(() => String, { description: "Product category, e.g. \"beverages\"." })
  category: string;

  @Property({ type: "string", length: 32 })
  @Field(() => String, { description: "Unit the product is ordered in, e.g. \"case\"." })
  unit: string;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("Product", this.id);
  }
}
