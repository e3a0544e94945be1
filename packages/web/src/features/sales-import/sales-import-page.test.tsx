import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { lineOfServerError, SalesImportPage } from "./sales-import-page.tsx";

const csv = "customerCode,month,volume,amount,ourShare\nC-001,2026-01,10,1000,0.4\n\nC-404,2026-01,1,1,\n";

function pickFile(content: string, name = "sales.csv") {
  fireEvent.change(screen.getByLabelText("CSV file"), { target: { files: [new File([content], name, { type: "text/csv" })] } });
}

describe("SalesImportPage", () => {
  it("lists problems found in the file by line and offers no import", async () => {
    const { client, requests } = fakeClient(() => "pending");
    renderWithProviders(<SalesImportPage />, { client });

    pickFile("customerCode,month,volume,amount,ourShare\nC-001,2026-1,10,1000,\n");

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("listitem").textContent).toBe('Line 2: month must be YYYY-MM with a month 01..12, got "2026-1".');
    expect(screen.queryByRole("button", { name: /Import/ })).toBeNull();
    expect(requests).toEqual([]);
  });

  it("sends the parsed rows and shows the inserted and updated counts", async () => {
    const { client, requests } = fakeClient(
      byOperation({ ImportMonthlySales: () => ({ data: { importMonthlySales: { __typename: "ImportMonthlySalesPayload", inserted: 1, updated: 1, userErrors: [] } } }) }),
    );
    renderWithProviders(<SalesImportPage />, { client });

    pickFile(csv);
    fireEvent.click(await screen.findByRole("button", { name: "Import 2 rows" }));

    expect((await screen.findByText(/Import finished/)).textContent).toBe("Import finished: 1 months inserted, 1 months updated.");
    expect(requests[0]?.variables).toEqual({
      input: {
        rows: [
          { customerCode: "C-001", month: "2026-01", volume: "10", amount: "1000", ourShare: "0.4" },
          { customerCode: "C-404", month: "2026-01", volume: "1", amount: "1", ourShare: null },
        ],
      },
    });
  });

  it("shows the API's row errors at the file's line numbers", async () => {
    const { client } = fakeClient(
      byOperation({
        ImportMonthlySales: () => ({
          data: {
            importMonthlySales: {
              __typename: "ImportMonthlySalesPayload",
              inserted: 0,
              updated: 0,
              userErrors: [
                { __typename: "UserError", field: ["rows", "2", "customerCode"], message: 'row 2: no customer with code "C-404"', code: "NOT_FOUND" },
                { __typename: "UserError", field: ["rows", "1", "month"], message: "row 1: sales for 2026-01 are locked", code: "CONFLICT" },
              ],
            },
          },
        }),
      }),
    );
    renderWithProviders(<SalesImportPage />, { client });

    pickFile(csv);
    fireEvent.click(await screen.findByRole("button", { name: "Import 2 rows" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Nothing was imported.");
    expect(within(alert).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      'Line 4: No customer has the code "C-404".',
      "Line 2: sales for 2026-01 are locked",
    ]);
  });
});

describe("lineOfServerError", () => {
  const rows = [
    { line: 2, row: { customerCode: "A", month: "2026-01", volume: "1", amount: "1", ourShare: null } },
    { line: 5, row: { customerCode: "B", month: "2026-01", volume: "1", amount: "1", ourShare: null } },
  ];

  it("maps the 1-based row position in field to the file line", () => {
    expect(lineOfServerError(["rows", "2", "month"], rows)).toBe(5);
  });

  it("ignores numbers that are not the row position", () => {
    expect(lineOfServerError(["input", "7"], rows)).toBeNull();
  });

  it("returns null when the error names no row", () => {
    expect(lineOfServerError(["rows"], rows)).toBeNull();
    expect(lineOfServerError(null, rows)).toBeNull();
  });
});
