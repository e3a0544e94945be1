import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAdmin, startTestApp, type TestApp } from "../../test/test-app.ts";
import { executeSql } from "../shared/sql.ts";

type Data = { customers: { edges: { node: { code: string; averageMonthlySales: string | null } }[] } };

const query = `{ customers(first: 20, filter: { territoryCode: "Demo-T1" }, orderBy: { field: SALES_LAST_3_MONTHS, direction: DESC }) {
  edges { node { code averageMonthlySales(months: 3) } } } }`;

// Regression: averages used to end at the latest month with ANY sales in the database, so one
// row imported for a future month moved every customer's window and halved their averages.
describe("bug: one sales row for a future month shifted every customer's average", () => {
  let testApp: TestApp;
  let token: string;

  beforeAll(async () => {
    testApp = await startTestApp({ now: () => new Date("2026-11-22T08:00:00Z") });
    token = await testApp.login(demoAdmin);
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
       where c.code = 'DEMO-01' and s.month between '2026-08-01' and '2026-10-01'`,
    );
    expect(before.data!.customers.edges[0]!.node).toEqual({ code: "DEMO-01", averageMonthlySales: first!.average });

    await executeSql(
      testApp.app.orm.em.fork(),
      `insert into monthly_sales (customer_id, month, volume, amount, updated_at)
       select id, '2027-01-01', 99999, 99999999, now() from customer where code = 'DEMO-20'`,
    );
    const after = await testApp.graphql<Data>(query, {}, token);
    expect(after.data!.customers.edges).toEqual(before.data!.customers.edges);
  });

  it("answers null for a customer with no sales reported up to the last complete month", async () => {
    await executeSql(testApp.app.orm.em.fork(), "delete from monthly_sales where customer_id = (select id from customer where code = 'DEMO-19') and month <= '2026-10-01'");
    const result = await testApp.graphql<{ customers: { edges: { node: { averageMonthlySales: string | null } }[] } }>(
      `{ customers(first: 1, filter: { search: "DEMO-19" }) { edges { node { averageMonthlySales(months: 3) } } } }`,
      {},
      token,
    );
    expect(result.data!.customers.edges[0]!.node.averageMonthlySales).toBeNull();
  });
});
