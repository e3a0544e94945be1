import { PrimaryKeyProp, type Ref } from "@mikro-orm/core";
import { Entity, Index, ManyToOne } from "@mikro-orm/decorators/legacy";
import { Territory } from "../org/territory.entity.ts";
import { ApiToken } from "./api-token.entity.ts";

/** A territory an API token is limited to (tokens with the ADMIN role have none and see everything). */
@Entity({ tableName: "api_token_territory" })
@Index({ properties: ["territory"] })
export class ApiTokenTerritory {
  [PrimaryKeyProp]?: ["apiToken", "territory"];

  @ManyToOne({ entity: () => ApiToken, ref: true, primary: true, deleteRule: "cascade" })
  apiToken: Ref<ApiToken>;

  @ManyToOne({ entity: () => Territory, ref: true, primary: true, deleteRule: "cascade" })
  territory: Ref<Territory>;
}
