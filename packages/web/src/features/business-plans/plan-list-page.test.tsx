import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { PlanListPage } from "./plan-list-page.tsx";

function plan(code: string, status: string, completion: number | null) {
  return {
    __typename: "BusinessPlan",
    id: `plan-${code}`,
    month: "2026-11",
    status,
    version: 3,
    currentRevisionNumber: 2,
    needsApproval: status === "PROPOSED",
    completion,
    actualAmountToDate: "2600.00",
    customer: { __typename: "Customer", id: `customer-${code}`, code, name: `Shop ${code}` },
    owner: { __typename: "User", id: "rep-1", name: "Rita Rep" },
    currentRevision: { __typename: "BusinessPlanRevision", id: `revision-${code}`, targetAmount: "10000.00", promotionBudget: "12000.00" },
  };
}

describe("PlanListPage", () => {
  it("shows each plan of the month with its status chip and completion bar, filtered by the URL's month, status and territory", async () => {
    const fake = fakeClient(
      byOperation({
        PlanFilterTerritories: () => ({
          data: {
            territories: [
              { __typename: "Territory", id: "territory-1", code: "T1", name: "Hongkou", reps: [{ __typename: "User", id: "rep-1", name: "Rita Rep" }] },
              { __typename: "Territory", id: "territory-2", code: "T2", name: "Pudong", reps: [{ __typename: "User", id: "rep-2", name: "Ron Rep" }] },
            ],
          },
        }),
        PlanList: () => ({
          data: {
            businessPlans: {
              __typename: "BusinessPlanConnection",
              totalCount: 2,
              pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
              edges: [{ __typename: "BusinessPlanEdge", node: plan("C-1", "TRACKING", 0.26) }, { __typename: "BusinessPlanEdge", node: plan("C-2", "PROPOSED", 0) }],
            },
          },
        }),
      }),
    );
    renderWithProviders(<PlanListPage params={{ month: "2026-11", status: "TRACKING", territoryId: "territory-1" }} />, { client: fake.client });
    const rows = await screen.findAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText("Tracking")).toBeTruthy();
    expect(within(rows[1]!).getByRole("progressbar").getAttribute("aria-valuenow")).toBe("26");
    expect(within(rows[2]!).getByText("needs approval")).toBeTruthy();
    const listRequest = fake.requests.find((request) => request.operationName === "PlanList");
    expect(listRequest?.variables).toMatchObject({ filter: { month: "2026-11", status: "TRACKING", territoryId: "territory-1" } });
    // Only the chosen territory's reps are offered.
    const repPicker = screen.getByRole("combobox", { name: /^Rep/ });
    expect(within(repPicker).getAllByRole("option").map((option) => option.textContent)).toEqual(["All reps", "Rita Rep"]);
    expect(screen.getByRole("button", { name: "Tracking", pressed: true })).toBeTruthy();
  });
});
