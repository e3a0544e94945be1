import type { EntityManager } from "@mikro-orm/postgresql";
import { testNow } from "@beatplan/domain/testing";
import { executeSql } from "../shared/sql.ts";

/**
 * Makes a fixture territory plannable, as a test's starting point: its customers, in code
 * order, get classes A, B, C, C … and coordinates, and every rep of the territory a work
 * profile starting at 31.2, 121.4 and working `weekdays` (ISO, default Monday to Saturday).
 */
export async function prepareTerritoryForPlanning(em: EntityManager, territoryCode: string, weekdays: readonly number[] = [1, 2, 3, 4, 5, 6]): Promise<void> {
  await executeSql(
    em,
    `update customer c set class = chr(64 + least(n.rank, 3)::int), latitude = 31.2 + n.rank / 100.0, longitude = 121.4 + n.rank / 100.0, status = 'ACTIVE'
       from (select c2.id, row_number() over (order by c2.code) as rank from customer c2 join territory t on t.id = c2.territory_id where t.code = $1) n
      where c.id = n.id`,
    [territoryCode],
  );
  await executeSql(
    em,
    `insert into rep_work_profile (user_id, start_latitude, start_longitude, working_weekdays, updated_at)
     select m.user_id, 31.2, 121.4, $3::smallint[], $2 from territory_member m join territory t on t.id = m.territory_id
      where t.code = $1 and m.membership = 'REP'
     on conflict (user_id) do update set start_latitude = excluded.start_latitude, start_longitude = excluded.start_longitude, working_weekdays = excluded.working_weekdays`,
    [territoryCode, testNow, weekdays],
  );
}
