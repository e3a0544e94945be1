import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { territoryColumns, territoryFromRow } from "../org/org.loaders.ts";
import type { Territory } from "../org/territory.entity.ts";
import { manyPer } from "../shared/batch.ts";
import { executePrepared } from "../shared/sql.ts";

/** Per-request loaders of API tokens' parts. */
export interface ApiTokenLoaders {
  /** The territories a token is limited to, by code (only admins reach tokens, and they see every territory). */
  territoriesByApiTokenId: DataLoader<string, Territory[]>;
}

/** Creates fresh loaders bound to the request's EntityManager; plain rows, one prepared statement per batch. */
export function createApiTokenLoaders(em: EntityManager): ApiTokenLoaders {
  return {
    territoriesByApiTokenId: new DataLoader(async (tokenIds) => {
      const rows = await executePrepared<Record<string, unknown> & { api_token_id: string }>(
        em,
        `select l.api_token_id, ${territoryColumns} from api_token_territory l join territory t on t.id = l.territory_id
         where l.api_token_id = any($1::uuid[]) order by t.code`,
        [tokenIds],
      );
      return manyPer(tokenIds, rows, (row) => row.api_token_id).map((list) => list.map(territoryFromRow));
    }),
  };
}

declare module "../shared/context.ts" {
  interface Loaders {
    apiTokens: ApiTokenLoaders;
  }
}
