import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { SalesImportPage } from "./sales-import-page.tsx";
import { lineOfProblem } from "./upload-sales-csv.ts";

const csv = "customerCode,month,volume,amount,ourShare\nC-001,2026-01,10,1000,0.4\n\nC-404,2026-01,1,1,\n";

// jsdom's Blob has no text(); FileReader is what it supports.
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** Answers POST /import/monthly-sales like the API (its own tests cover the real endpoint) and records what was sent. */
function fakeImportEndpoint(status: number, body: unknown) {
  const sent: { url: string; init: RequestInit; text: string }[] = [];
  const fetchStub = vi.fn(async (url: RequestInfo | URL, init: RequestInit = {}) => {
    sent.push({ url: String(url), init, text: await textOf(init.body as Blob) });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchStub);
  return sent;
}

function pickFile(content: string, name = "sales.csv", label = "CSV file") {
  fireEvent.change(screen.getByLabelText(label), { target: { files: [new File([content], name, { type: "text/csv" })] } });
}

const reasonOf = (reason: string, params: Record<string, string>) => ({ reason, params: Object.entries(params).map(([name, value]) => ({ name, value })) });

describe("SalesImportPage", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("sends the file as it is, with the session token, and shows the inserted and updated counts", async () => {
    const sent = fakeImportEndpoint(200, { inserted: 1, updated: 1, userErrors: [] });
    renderWithProviders(<SalesImportPage />, { client: fakeClient(byOperation({})).client });

    pickFile(csv);
    fireEvent.click(await screen.findByRole("button", { name: "Import sales.csv" }));

    expect((await screen.findByText(/Import finished/)).textContent).toBe("Import finished: 1 month inserted, 1 month updated.");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe("/import/monthly-sales");
    expect(sent[0]?.init.method).toBe("POST");
    expect(sent[0]?.init.headers).toEqual({ "content-type": "text/csv; charset=utf-8", authorization: "Bearer test-token" });
    expect(sent[0]?.text).toBe(csv);
  });

  it("shows the API's problems at the file's lines, in the user's language", async () => {
    fakeImportEndpoint(422, {
      inserted: 0,
      updated: 0,
      userErrors: [
        { field: ["rows", "2", "month"], message: 'line 2: month must be "YYYY-MM", got "2026-1"', code: "VALIDATION", ...reasonOf("SALES_MONTH", { value: "2026-1" }) },
        { field: ["rows", "4", "customerCode"], message: 'line 4: no customer with code "C-404"', code: "NOT_FOUND", ...reasonOf("UNKNOWN_CUSTOMER_CODE", { code: "C-404" }) },
        { field: ["rows", "5", "month"], message: "line 5: sales for 2026-01 are locked", code: "CONFLICT", reason: null, params: [] },
      ],
    });
    renderWithProviders(<SalesImportPage />, { client: fakeClient(byOperation({})).client, locale: "zh-CN" });

    pickFile(csv, "sales.csv", "CSV 文件");
    fireEvent.click(await screen.findByRole("button", { name: "导入 sales.csv" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("未导入任何数据。");
    expect(within(alert).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "第 2 行: month 必须为 YYYY-MM 且月份为 01..12，实际为“2026-1”。",
      "第 4 行: 不存在编码为“C-404”的客户。",
      "第 5 行: 他人已同时修改；请刷新页面后重试。",
    ]);
  });

  it("names a problem of the whole file as such", async () => {
    fakeImportEndpoint(422, { inserted: 0, updated: 0, userErrors: [{ field: ["rows"], message: "there are no sales rows to import", code: "VALIDATION", ...reasonOf("SALES_NO_ROWS", {}) }] });
    renderWithProviders(<SalesImportPage />, { client: fakeClient(byOperation({})).client });

    pickFile("", "empty.csv");
    fireEvent.click(await screen.findByRole("button", { name: "Import empty.csv" }));

    expect(within(await screen.findByRole("alert")).getByRole("listitem").textContent).toBe("File: There are no sales rows to import: the file needs the header line and at least one line.");
  });

  it("shows why the server could not take the file", async () => {
    fakeImportEndpoint(413, { error: "request body must be at most 67108864 bytes" });
    renderWithProviders(<SalesImportPage />, { client: fakeClient(byOperation({})).client });

    pickFile(csv);
    fireEvent.click(await screen.findByRole("button", { name: "Import sales.csv" }));

    expect((await screen.findByRole("alert")).textContent).toContain("request body must be at most 67108864 bytes");
  });
});

describe("lineOfProblem", () => {
  it("reads the file line from the problem's field", () => {
    expect(lineOfProblem(["rows", "5", "month"])).toBe(5);
  });

  it("returns null for problems of the whole file or outside the rows", () => {
    expect(lineOfProblem(["rows"])).toBeNull();
    expect(lineOfProblem(["input", "7"])).toBeNull();
    expect(lineOfProblem(null)).toBeNull();
  });
});
