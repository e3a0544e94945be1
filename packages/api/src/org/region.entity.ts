import { randomUUID } from "node:crypto";
import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { toGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";

/** A sales region: the top level of the organisation, grouping territories. */
@Entity({ tableName: "region" })
@ObjectType("Region", { implements: Node, description: "A sales region grouping territories." })
export class Region {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @Property({ type: "string", length: 32, unique: true })
  @Field(() => String, { description: "Unique business code of the region." })
  code: string;

  @Property({ type: "string", length: 200 })
  @Field(() => String, { description: "Display name." })
  name: string;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "Increases with every change; send it back as expectedVersion when editing the region." })
  version: number = 1;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("Region", this.id);
  }
}
