import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureUsers, oneTerritory } from "../../test/fixtures.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

interface ImportPayload {
  inserted: number;
  updated: number;
  userErrors: { field: string[] | null; message: string; code: string }[];
}

const importMutation = "mutation($input: ImportMonthlySalesInput!) { importMonthlySales(input: $input) { inserted updated userErrors { field message code } } }";
const salesQuery = `query($id: ID!) { node(id: $id) { ... on Customer { monthlySales(from: "2015-01", to: "2015-12") { month volume amount ourShare } } } }`;

describe("monthly sales import", () => {
  let testApp: TestApp;
  let token: string;
  let customerId: string;

  beforeAll(async () => {
    testApp = await startTestApp({ fixture: oneTerritory });
    token = await testApp.login(fixtureUsers.admin);
    const list = await testApp.graphql<{ customers: { edges: { node: { id: string; code: string } }[] } }>(`{ customers(first: 1, filter: { search: "N-1" }) { edges { node { id code } } } }`, {}, token);
    customerId = list.data!.customers.edges[0]!.node.id;
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function importRows(rows: Record<string, unknown>[]): Promise<ImportPayload> {
    const result = await testApp.graphql<{ importMonthlySales: ImportPayload }>(importMutation, { input: { rows } }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.importMonthlySales;
  }

  async function storedSales(): Promise<{ month: string; volume: string; amount: string; ourShare: string | null }[]> {
    const result = await testApp.graphql<{ node: { monthlySales: { month: string; volume: string; amount: string; ourShare: string | null }[] } }>(salesQuery, { id: customerId }, token);
    return result.data!.node.monthlySales;
  }

  it("inserts new months and updates existing ones by customer code and month", async () => {
    expect(await importRows([
      { customerCode: "N-1", month: "2015-01", volume: "10", amount: "1000.50", ourShare: "0.5" },
      { customerCode: "N-1", month: "2015-02", volume: "11", amount: "1100" },
    ])).toEqual({ inserted: 2, updated: 0, userErrors: [] });
    expect(await importRows([
      { customerCode: "N-1", month: "2015-02", volume: "12", amount: "1200", ourShare: null },
      { customerCode: "N-1", month: "2015-03", volume: "13", amount: "1300" },
    ])).toEqual({ inserted: 1, updated: 1, userErrors: [] });
    expect(await storedSales()).toEqual([
      { month: "2015-01", volume: "10.000", amount: "1000.50", ourShare: "0.5000" },
      { month: "2015-02", volume: "12.000", amount: "1200.00", ourShare: null },
      { month: "2015-03", volume: "13.000", amount: "1300.00", ourShare: null },
    ]);
  });

  it("writes nothing when any row is bad and reports every bad row by its number", async () => {
    const before = await storedSales();
    const payload = await importRows([
      { customerCode: "N-1", month: "2015-06", volume: "1", amount: "1" },
      { customerCode: "NO-SUCH", month: "2015-06", volume: "1", amount: "1" },
      { customerCode: "N-1", month: "2015-13", volume: "-1", amount: "1,5", ourShare: "1.2" },
      { customerCode: "N-1", month: "2015-06", volume: "1", amount: "1" },
    ]);
    expect(payload.inserted + payload.updated).toBe(0);
    expect(payload.userErrors.map((error) => `${error.field?.join(".")} ${error.code}`)).toEqual([
      "rows.2.customerCode NOT_FOUND",
      "rows.3.month VALIDATION",
      "rows.3.volume VALIDATION",
      "rows.3.amount VALIDATION",
      "rows.3.ourShare VALIDATION",
      "rows.4.month DUPLICATE",
    ]);
    expect(payload.userErrors[1]?.message).toBe('row 3: month must be "YYYY-MM", got "2015-13"');
    expect(await storedSales()).toEqual(before);
  });

  it("reports customers that do not exist", async () => {
    const payload = await importRows([
      { customerCode: "N-1", month: "2015-07", volume: "1", amount: "1" },
      { customerCode: "NO-SUCH", month: "2015-07", volume: "1", amount: "1" },
    ]);
    expect(payload.userErrors).toEqual([{ field: ["rows", "2", "customerCode"], code: "NOT_FOUND", message: 'row 2: no customer with code "NO-SUCH"' }]);
    expect((await storedSales()).map((row) => row.month)).not.toContain("2015-07");
  });

  it("imports a CSV upload and reports bad lines by their line number", async () => {
    const post = (body: string) =>
      fetch(`${testApp.url}/import/monthly-sales`, { method: "POST", headers: { "content-type": "text/csv", authorization: `Bearer ${token}` }, body }).then(
        async (response) => ({ status: response.status, body: (await response.json()) as ImportPayload }),
      );
    const good = await post("customerCode,month,volume,amount,ourShare\nN-1,2015-09,5,500,0.1\n");
    expect(good).toEqual({ status: 200, body: { inserted: 1, updated: 0, userErrors: [] } });
    const bad = await post("customerCode,month,volume,amount\nN-1,2015-10,5,500\nN-1,Oct 2015,5,500\n");
    // Issue 11 item 12: nothing imported is 422, not 200, with the same body.
    expect(bad.status).toBe(422);
    expect(bad.body.userErrors.map((error) => error.message)).toEqual(['line 3: month must be "YYYY-MM", got "Oct 2015"']);
    expect((await storedSales()).map((row) => row.month)).not.toContain("2015-10");
  });

  it("names the rule and values of each bad line, so that the web app can word it in the user's language", async () => {
    const response = await fetch(`${testApp.url}/import/monthly-sales`, {
      method: "POST",
      headers: { "content-type": "text/csv", authorization: `Bearer ${token}` },
      body: "customerCode;month;volume;amount\nNO-SUCH;2015-10;5;500\nN-1;2015-10;5.1234;500\n",
    });
    const { userErrors } = (await response.json()) as { userErrors: { field: string[]; reason: string; params: { name: string; value: string }[] }[] };
    expect(userErrors).toMatchObject([
      { field: ["rows", "2", "customerCode"], reason: "UNKNOWN_CUSTOMER_CODE", params: [{ name: "code", value: "NO-SUCH" }] },
      { field: ["rows", "3", "volume"], reason: "SALES_NUMBER", params: expect.arrayContaining([{ name: "decimals", value: "3" }, { name: "value", value: "5.1234" }]) },
    ]);
  });

  it("refuses a CSV upload without a token", async () => {
    const response = await fetch(`${testApp.url}/import/monthly-sales`, { method: "POST", headers: { "content-type": "text/csv" }, body: "customerCode,month,volume,amount\n" });
    expect(response.status).toBe(401);
  });

  const postCsv = (body: string) =>
    fetch(`${testApp.url}/import/monthly-sales`, { method: "POST", headers: { "content-type": "text/csv", authorization: `Bearer ${token}` }, body }).then(
      async (response) => ({ status: response.status, body: (await response.json()) as { inserted: number; userErrors: { field: string[] | null; code: string; reason: string | null }[] } }),
    );

  it("refuses sales for months after the current one and before the earliest month (issue 11 item 12)", async () => {
    // The test clock reads 2026-11: 2026-11 is the current month, 2027-06 has not begun.
    const payload = await importRows([
      { customerCode: "N-1", month: "2027-06", volume: "1", amount: "10" },
      { customerCode: "N-1", month: "1900-01", volume: "1", amount: "10" },
    ]);
    expect(payload.inserted).toBe(0);
    expect(payload.userErrors.map((error) => [error.field, error.message])).toEqual([
      [["rows", "1", "month"], "row 1: month 2027-06 has not begun: sales can be imported up to the current month 2026-11"],
      [["rows", "2", "month"], "row 2: month 1900-01 is before the earliest sales month 2000-01"],
    ]);
    const csv = await postCsv("customerCode,month,volume,amount\nN-1,2027-06,1,10\n");
    expect([csv.status, csv.body.userErrors.map((error) => error.reason)]).toEqual([422, ["SALES_MONTH_FUTURE"]]);
  });

  it("gives rows: [], a header-only CSV and an empty CSV the same clear error (issue 11 item 12)", async () => {
    const expected = { field: ["rows"], code: "VALIDATION", reason: "SALES_NO_ROWS" };
    const graphql = await testApp.graphql<{ importMonthlySales: { userErrors: unknown[] } }>(
      "mutation($input: ImportMonthlySalesInput!) { importMonthlySales(input: $input) { inserted userErrors { field code reason } } }",
      { input: { rows: [] } },
      token,
    );
    expect(graphql.data!.importMonthlySales.userErrors).toEqual([expected]);
    for (const body of ["customerCode,month,volume,amount\n", ""]) {
      const answer = await postCsv(body);
      expect(answer.status).toBe(422);
      expect(answer.body.userErrors).toMatchObject([expected]);
    }
  });
});
