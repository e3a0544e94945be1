import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";
import { Region } from "./region.entity.ts";

/** A territory: a set of customers looked after by its reps, led by its managers. */
@Entity({ tableName: "territory" })
@ObjectType("Territory", { implements: Node, description: "A sales territory inside a region, with its reps and managers." })
export class Territory {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @Property({ type: "string", length: 32, unique: true })
  @Field(() => String, { description: "Unique business code of the territory, e.g. \"Demo-T1\"." })
  code: string;

  @Property({ type: "string", length: 200 })
  @Field(() => String, { description: "Display name." })
  name: string;

  @ManyToOne({ entity: () => Region, ref: true, index: true, deleteRule: "restrict" })
  region: Ref<Region>;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("Territory", this.id);
  }
}
