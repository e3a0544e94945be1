import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useRoute } from "../../app/router.tsx";
import { CombinedError } from "urql";
import { describe, expect, it } from "vitest";
import { byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { CustomerListPage, customerPageSize, toCustomerFilter } from "./customer-list-page.tsx";

const territories = { territories: [{ __typename: "Territory", id: "VGVycml0b3J5OjE=", code: "DEMO-T1", name: "Demo-T1" }] };

function customer(code: string, name: string, customerClass: "A" | "B" | "C" | "D" | null) {
  return {
    __typename: "Customer",
    id: `id-${code}`,
    code,
    name,
    type: "RETAIL",
    status: "ACTIVE",
    class: customerClass,
    territory: { __typename: "Territory", id: "VGVycml0b3J5OjE=", code: "DEMO-T1", name: "Demo-T1" },
    responsibleRep: { __typename: "User", id: "rep-1", name: "Rita Rep" },
    averageMonthlySales: "1234.5",
  };
}

function page(customers: ReturnType<typeof customer>[], hasNextPage: boolean, endCursor: string | null) {
  return {
    customers: {
      __typename: "CustomerConnection",
      totalCount: 42,
      pageInfo: { __typename: "PageInfo", hasNextPage, endCursor },
      edges: customers.map((node) => ({ __typename: "CustomerEdge", cursor: `cursor-${node.code}`, node })),
    },
  };
}

const firstPage = page([customer("C-001", "Tea House", "A"), customer("C-002", "Noodle Bar", null)], true, "cursor-C-002");
const secondPage = page([customer("C-003", "Dumpling Hall", "C")], false, "cursor-C-003");

/** The list as the app shows it: its parameters come from the URL, so paging and sorting re-render it. */
function RoutedList() {
  const route = useRoute();
  return route.name === "customers" ? <CustomerListPage params={route.params} /> : null;
}

describe("CustomerListPage", () => {
  it("renders one row per customer with its class badge", async () => {
    const { client } = fakeClient(byOperation({ CustomerList: () => ({ data: firstPage }), CustomerFilterTerritories: () => ({ data: territories }) }));
    renderWithProviders(<CustomerListPage params={{}} />, { client });

    const rows = within(await screen.findByRole("table")).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole("link", { name: "Tea House" }).getAttribute("href")).toBe("#/customers/id-C-001");
    expect(within(rows[1]!).getByText("A")).toBeTruthy();
    expect(within(rows[2]!).getByText("Not classified")).toBeTruthy();
    expect(within(rows[1]!).getByText("1,234.50")).toBeTruthy();
    expect(screen.getByText("42 customers")).toBeTruthy();
  });

  it("shows a loading state while the first page is on its way", () => {
    const { client } = fakeClient(() => "pending");
    renderWithProviders(<CustomerListPage params={{}} />, { client });

    expect(screen.getByRole("status").textContent).toBe("Loading…");
  });

  it("shows the error and a retry button when the query fails", async () => {
    const { client } = fakeClient(
      byOperation({
        CustomerList: () => ({ error: new CombinedError({ graphQLErrors: [{ message: "first must be 1..500, got 0" }] }) }),
        CustomerFilterTerritories: () => ({ data: territories }),
      }),
    );
    renderWithProviders(<CustomerListPage params={{}} />, { client });

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Could not load data: first must be 1..500, got 0");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeTruthy();
  });

  it("sends the URL filters to the API and starts without a cursor", async () => {
    const { client, requests } = fakeClient(byOperation({ CustomerList: () => ({ data: firstPage }), CustomerFilterTerritories: () => ({ data: territories }) }));
    renderWithProviders(<CustomerListPage params={{ search: "tea", type: "DEALER", class: "B", territoryId: "VGVycml0b3J5OjE=" }} />, { client });
    await screen.findByRole("table");

    const listRequest = requests.find((request) => request.operationName === "CustomerList");
    expect(listRequest?.variables).toEqual({
      first: customerPageSize,
      after: null,
      filter: { search: "tea", type: "DEALER", class: "B", territoryId: "VGVycml0b3J5OjE=", status: undefined, repId: undefined },
      orderBy: undefined,
    });
  });

  it("pages forward with the end cursor and back through the cursor stack kept in the URL (issue 11 item 8)", async () => {
    window.location.hash = "#/customers";
    const { client, requests } = fakeClient(
      byOperation({
        CustomerList: (variables) => ({ data: variables.after === null ? firstPage : secondPage }),
        CustomerFilterTerritories: () => ({ data: territories }),
      }),
    );
    renderWithProviders(<RoutedList />, { client });

    expect(await screen.findByText("Tea House")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Previous" }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    expect(await screen.findByText("Dumpling Hall")).toBeTruthy();
    expect(window.location.hash).toBe("#/customers?pages=cursor-C-002");
    expect(screen.getByText("Page 2")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Next page" }) as HTMLButtonElement).disabled).toBe(true);
    expect(requests.filter((request) => request.operationName === "CustomerList").at(-1)?.variables.after).toBe("cursor-C-002");

    fireEvent.click(screen.getByRole("button", { name: "Previous" }));
    expect(await screen.findByText("Tea House")).toBeTruthy();
    expect(screen.getByText("Page 1")).toBeTruthy();
    expect(window.location.hash).toBe("#/customers");
  });

  it("opens the page the URL names, so Back from a customer returns to it (item 8)", async () => {
    const { client, requests } = fakeClient(byOperation({ CustomerList: () => ({ data: secondPage }), CustomerFilterTerritories: () => ({ data: territories }) }));
    renderWithProviders(<CustomerListPage params={{ pages: "cursor-C-002" }} />, { client });
    expect(await screen.findByText("Dumpling Hall")).toBeTruthy();
    expect(screen.getByText("Page 2")).toBeTruthy();
    expect(requests.find((request) => request.operationName === "CustomerList")?.variables.after).toBe("cursor-C-002");
  });

  it("names the page whose rows are shown while the next one loads (item 8)", async () => {
    window.location.hash = "#/customers";
    const { client } = fakeClient(
      byOperation({
        CustomerList: (variables) => (variables.after === null ? { data: firstPage } : "pending"),
        CustomerFilterTerritories: () => ({ data: territories }),
      }),
    );
    renderWithProviders(<RoutedList />, { client });
    expect(await screen.findByText("Tea House")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(window.location.hash).toBe("#/customers?pages=cursor-C-002"));
    expect(screen.getByText("Tea House")).toBeTruthy();
    expect(screen.getByText("Page 1")).toBeTruthy();
    expect(screen.queryByText("Page 2")).toBeNull();
  });

  it("sorts by a column header and offers a rep only their own customers (item 8)", async () => {
    window.location.hash = "#/customers";
    const { client, requests } = fakeClient(byOperation({ CustomerList: () => ({ data: firstPage }), CustomerFilterTerritories: () => ({ data: territories }) }));
    renderWithProviders(<RoutedList />, { client, session: { token: "t", user: { id: "rep-1", email: "rep@beatplan.test", name: "Rita Rep", role: "REP" } } });
    await screen.findByRole("table");
    fireEvent.click(screen.getByRole("button", { name: /Avg\. monthly sales/ }));
    await waitFor(() => expect(window.location.hash).toBe("#/customers?sort=SALES_LAST_3_MONTHS"));
    fireEvent.click(await screen.findByRole("button", { name: /Avg\. monthly sales/ }));
    await waitFor(() => expect(window.location.hash).toBe("#/customers?sort=-SALES_LAST_3_MONTHS"));
    fireEvent.click(screen.getByRole("checkbox", { name: "Only my customers" }));
    await waitFor(() => expect(window.location.hash).toBe("#/customers?mine=1&sort=-SALES_LAST_3_MONTHS"));
    await waitFor(() =>
      expect(requests.filter((request) => request.operationName === "CustomerList").at(-1)?.variables).toMatchObject({ filter: { repId: "rep-1" }, orderBy: { field: "SALES_LAST_3_MONTHS", direction: "DESC" } }),
    );
    expect(screen.getByRole("columnheader", { name: /Avg\. monthly sales/ }).getAttribute("aria-sort")).toBe("descending");
  });

  it("puts a submitted search into the URL", async () => {
    const { client } = fakeClient(byOperation({ CustomerList: () => ({ data: firstPage }), CustomerFilterTerritories: () => ({ data: territories }) }));
    renderWithProviders(<CustomerListPage params={{}} />, { client });
    await screen.findByRole("table");

    fireEvent.change(screen.getByRole("searchbox", { name: "Search code or name" }), { target: { value: " tea " } });
    fireEvent.click(screen.getByRole("button", { name: "Search" }));

    expect(window.location.hash).toBe("#/customers?search=tea");
  });
});

describe("toCustomerFilter", () => {
  it("drops enum values the API would reject", () => {
    expect(toCustomerFilter({ type: "SUPERMARKET", status: "ACTIVE", class: "E" })).toEqual({
      search: undefined,
      territoryId: undefined,
      type: undefined,
      status: "ACTIVE",
      class: undefined,
      repId: undefined,
    });
  });
});
