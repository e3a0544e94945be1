import { randomUUID } from "node:crypto";
import type { Ref } from "@mikro-orm/core";
import { Entity, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../shared/scalars.ts";
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

  @Property({ type: "datetime", columnType: "timestamptz", nullable: true })
  @Field(() => DateTimeScalar, { nullable: true, description: "When the territory was archived; archived territories take no new customers or members." })
  archivedAt: Date | null = null;

  @Property({ type: "integer", version: true })
  @Field(() => Int, { description: "Increases with every change; send it back as expectedVersion when editing the territory." })
  version: number = 1;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("Territory", this.id);
  }
}
