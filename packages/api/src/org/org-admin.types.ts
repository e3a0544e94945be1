import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../shared/error-mapping.ts";
import { Region } from "./region.entity.ts";
import { TerritoryMembership } from "./role.ts";
import { Territory } from "./territory.entity.ts";
import { User } from "./user.entity.ts";

registerEnumType(TerritoryMembership, {
  name: "TerritoryMembership",
  description: "How a user belongs to a territory.",
  valuesConfig: { REP: { description: "Works the territory's customers (REP users)." }, MANAGER: { description: "Manages the territory (MANAGER users)." } },
});

/** A new region. */
@InputType("CreateRegionInput", { description: "A new sales region." })
export class CreateRegionInput {
  @Field(() => String, { description: "Unique business code, 1..32 characters." })
  code: string;

  @Field(() => String, { description: "Display name, 1..200 characters." })
  name: string;
}

/** Changes to a region. */
@InputType("UpdateRegionInput", { description: "Changes to a region; fields left out stay as they are." })
export class UpdateRegionInput {
  @Field(() => ID, { description: "Global Region ID." })
  id: string;

  @Field(() => Int, { description: "The version the change was made against (Region.version); CONFLICT when it moved on." })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: "New unique code." })
  code?: string | null;

  @Field(() => String, { nullable: true, description: "New display name." })
  name?: string | null;
}

/** Result of a region change. */
@ObjectType("RegionPayload", { description: "The region, or why nothing changed." })
export class RegionPayload {
  @Field(() => Region, { nullable: true, description: "The region after the change." })
  region: Region | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}

/** A new territory. */
@InputType("CreateTerritoryInput", { description: "A new territory in a region." })
export class CreateTerritoryInput {
  @Field(() => String, { description: "Unique business code, 1..32 characters." })
  code: string;

  @Field(() => String, { description: "Display name, 1..200 characters." })
  name: string;

  @Field(() => ID, { description: "Global Region ID." })
  regionId: string;
}

/** Changes to a territory. */
@InputType("UpdateTerritoryInput", { description: "Changes to a territory (rename, move to another region); fields left out stay as they are." })
export class UpdateTerritoryInput {
  @Field(() => ID, { description: "Global Territory ID." })
  id: string;

  @Field(() => Int, { description: "The version the change was made against (Territory.version); CONFLICT when it moved on." })
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: "New unique code." })
  code?: string | null;

  @Field(() => String, { nullable: true, description: "New display name." })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: "Global ID of the region to move it to." })
  regionId?: string | null;
}

/** Which territory to archive. */
@InputType("ArchiveTerritoryInput", { description: "Which territory to archive; it must have no active customers." })
export class ArchiveTerritoryInput {
  @Field(() => ID, { description: "Global Territory ID." })
  id: string;

  @Field(() => Int, { description: "The version the change was made against (Territory.version)." })
  expectedVersion: number;
}

/** Result of a territory change. */
@ObjectType("TerritoryPayload", { description: "The territory, or why nothing changed." })
export class TerritoryPayload {
  @Field(() => Territory, { nullable: true, description: "The territory after the change." })
  territory: Territory | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}

/** Who joins or leaves which territory, and how. */
@InputType("TerritoryMemberInput", { description: "A user and a territory (or every territory of a region), and how the user belongs to it." })
export class TerritoryMemberInput {
  @Field(() => ID, { description: "Global User ID." })
  userId: string;

  @Field(() => ID, { nullable: true, description: "Global Territory ID; give this or regionId." })
  territoryId?: string | null;

  @Field(() => ID, { nullable: true, description: "Global Region ID: every active territory of the region (a region's manager); give this or territoryId." })
  regionId?: string | null;

  @Field(() => TerritoryMembership, { description: "REP for a REP user, MANAGER for a MANAGER user." })
  membership: TerritoryMembership;
}

/** Result of assigning or unassigning a member. */
@ObjectType("TerritoryMemberPayload", { description: "The user and the territories concerned, or why nothing changed." })
export class TerritoryMemberPayload {
  @Field(() => User, { nullable: true, description: "The user." })
  user: User | null;

  @Field(() => [Territory], { description: "The territories the user joined or left." })
  territories: Territory[];

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors: UserError[];
}
