import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shiftMonth } from "@beatplan/domain";
import { testLastCompleteMonth, testMonth } from "@beatplan/domain/testing";
import { fixtureTerritories, fixtureUsers, oneTerritory } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { executeSql } from "../shared/sql.ts";

type Data = { customers: { edges: { node: { code: string; averageMonthlySales: string | null } }[] } };

const query = `{ customers(first: 20, filter: { territoryCode: "${fixtureTerritories.north}" }, orderBy: { field: SALES_LAST_3_MONTHS, direction: DESC }) {
  edges { node { code averageMonthlySales(months: 3) } } } }`;

// Regression: averages used to end at the latest month with ANY sales in the database, so one
// row imported for a future month moved every customer's window and halved their averages.
describe("bug: one sales row for a future month shifted every customer's average", () => {
  let testApp: TestApp;
  let token: string;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: oneTerritory });
    token = await testApp.login(fixtureUsers.admin);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it("keeps averageMonthlySales and the SALES_LAST_3_MONTHS order on the complete months before today", async () => {
    const before = await testApp.graphql<Data>(query, {}, token);
    expect(before.errors).toBeUndefined();
    const [first] = await executeSql<{ average: string }>(
      testApp.app.orm.em.fork(),
      `select round(sum(s.amount) / 3, 2)::text as average from monthly_sales s join customer c on c.id = s.customer_id
       where c.code = 'N-1' and s.month between $1::date and $2::date`,
      [`${shiftMonth(testLastCompleteMonth, -2)}-01`, `${testLastCompleteMonth}-01`],
    );
    expect(before.data!.customers.edges[0]!.node).toEqual({ code: "N-1", averageMonthlySales: first!.average });

    await executeSql(
      testApp.app.orm.em.fork(),
      `insert into monthly_sales (customer_id, month, volume, amount, updated_at)
       select id, $1::date, 99999, 99999999, $2::timestamptz from customer where code = 'N-3'`,
      [`${shiftMonth(testMonth, 2)}-01`, testApp.auth.now()],
    );
    const after = await testApp.graphql<Data>(query, {}, token);
    expect(after.data!.customers.edges).toEqual(before.data!.customers.edges);
  });

  it("answers null for a customer with no sales reported up to the last complete month", async () => {
    await executeSql(testApp.app.orm.em.fork(), "delete from monthly_sales where customer_id = (select id from customer where code = 'N-2') and month <= $1::date", [`${testLastCompleteMonth}-01`]);
    const result = await testApp.graphql<{ customers: { edges: { node: { averageMonthlySales: string | null } }[] } }>(
      `{ customers(first: 1, filter: { search: "N-2" }) { edges { node { averageMonthlySales(months: 3) } } } }`,
      {},
      token,
    );
    expect(result.data!.customers.edges[0]!.node.averageMonthlySales).toBeNull();
  });
});
