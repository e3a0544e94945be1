import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { PlanDetailQuery } from "../../gql/graphql.ts";
import { adminSession, byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { toContentInput } from "./plan-content-form.tsx";
import { draftFromRevision, PlanCreatePage } from "./plan-editor-page.tsx";

type Revision = NonNullable<PlanDetailQuery["businessPlan"]>["currentRevision"];

const twoStores = { __typename: "Customer", id: "customer-2", code: "C-2", name: "Two Stores", stores: [{ __typename: "Store", id: "store-a", code: "C-2-S1", name: "North" }, { __typename: "Store", id: "store-b", code: "C-2-S2", name: "South" }] };
const noStores = { __typename: "Customer", id: "customer-0", code: "C-0", name: "No Stores", stores: [] };
const repSession = { token: "t", user: { id: "rep-1", email: "rep@beatplan.test", name: "Rita Rep", role: "REP" as const } };

function planningClient(createAnswer?: unknown) {
  return fakeClient(
    byOperation({
      PlanCustomers: () => ({ data: { customers: { __typename: "CustomerConnection", edges: [twoStores, noStores].map((node) => ({ __typename: "CustomerEdge", node })) } } }),
      Products: () => ({ data: { products: [] } }),
      CreateBusinessPlan: () => ({ data: { createBusinessPlan: createAnswer } }),
    }),
  );
}

const fill = (name: string, value: string) => fireEvent.change(document.querySelector(`input[name="${name}"]`)!, { target: { value } });
const sentCreate = (fake: ReturnType<typeof fakeClient>) => fake.requests.filter((request) => request.operationName === "CreateBusinessPlan").map((request) => request.variables.input as { content: { storeTargets: unknown[] } });

describe("plan editor (issue 11)", () => {
  it("item 1: a revision pre-filled from a plan with a promotion sends no __typename in the input", () => {
    // What urql delivers: every object of a query result carries __typename.
    const revision = {
      __typename: "BusinessPlanRevision",
      companyTargetVolume: "10.000",
      companyTargetAmount: "1000.00",
      targetVolume: "10.000",
      targetAmount: "1000.00",
      forecastVolume: "9.000",
      forecastAmount: "900.00",
      storeTargets: [{ __typename: "StoreTargetLine", store: { __typename: "Store", id: "store-a" }, volume: "10.000", amount: "1000.00" }],
      launches: [{ __typename: "ProductLaunchLine", product: { __typename: "Product", id: "product-1" }, launchDate: "2026-11-03", firstOrderQuantity: "5.000", targetStores: 2, materialsReady: true, promoterReady: false }],
      promotions: [{ __typename: "PromotionLine", type: "end-cap", startDate: "2026-11-01", endDate: "2026-11-07", budget: "600000.00", expectedUplift: "10.00" }],
      penetrationNotes: null,
    } as unknown as Revision;
    const input = toContentInput(draftFromRevision(revision), [{ id: "store-a", code: "S1", name: "North" }]);
    expect(JSON.stringify(input)).not.toContain("__typename");
    expect(input.promotions).toEqual([{ type: "end-cap", startDate: "2026-11-01", endDate: "2026-11-07", budget: "600000.00", expectedUplift: "10.00" }]);
  });

  it("item 2: switching to a customer without stores drops the previous customer's store split", async () => {
    const fake = planningClient({ __typename: "BusinessPlanPayload", businessPlan: { __typename: "BusinessPlan", id: "plan-1", status: "DRAFT", version: 1 }, userErrors: [] });
    renderWithProviders(<PlanCreatePage />, { client: fake.client });
    const customer = await screen.findByRole("combobox", { name: /Customer/ });
    await waitFor(() => expect(customer.querySelectorAll("option")).toHaveLength(3));
    fireEvent.change(customer, { target: { value: "customer-2" } });
    fireEvent.change(screen.getByLabelText("Amount of store C-2-S1"), { target: { value: "600" } });
    fireEvent.change(screen.getByLabelText("Volume of store C-2-S1"), { target: { value: "6" } });
    fireEvent.change(customer, { target: { value: "customer-0" } });
    expect(screen.getByText("This customer has no stores; the plan is not split.")).toBeTruthy();
    fill("targetAmount", "600");
    fill("targetVolume", "6");
    fireEvent.click(screen.getByRole("button", { name: "Save draft" }));
    await waitFor(() => expect(sentCreate(fake)).toHaveLength(1));
    expect(sentCreate(fake)[0]!.content.storeTargets).toEqual([]);
  });

  it("item 4: a malformed amount is caught in the form, highlighted and worded for the user, and nothing is sent", async () => {
    const fake = planningClient();
    renderWithProviders(<PlanCreatePage />, { client: fake.client, locale: "zh-CN" });
    const customer = await screen.findByRole("combobox", { name: /客户/ });
    await waitFor(() => expect(customer.querySelectorAll("option")).toHaveLength(3));
    fireEvent.change(customer, { target: { value: "customer-0" } });
    fill("targetAmount", "abc");
    fireEvent.click(screen.getByRole("button", { name: "保存草稿" }));
    const field = document.querySelector('input[name="targetAmount"]')!;
    await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(field.getAttribute("aria-describedby")!)?.textContent).toBe("请输入数字，例如 1234.50（收到的是“abc”）。");
    expect(screen.getByText(/目标金额/, { selector: ".user-errors strong" })).toBeTruthy();
    expect(sentCreate(fake)).toEqual([]);
  });

  it("item 4: server problems land on the fields they name, labelled in words instead of internal paths", async () => {
    const fake = planningClient({
      __typename: "BusinessPlanPayload",
      businessPlan: null,
      userErrors: [{ __typename: "UserError", field: ["month"], message: "customer C-2 already has a business plan for 2026-11", code: "DUPLICATE", reason: "DUPLICATE_MONTH", params: [{ name: "customer", value: "C-2" }, { name: "month", value: "2026-11" }] }],
    });
    renderWithProviders(<PlanCreatePage />, { client: fake.client, locale: "zh-CN" });
    const customer = await screen.findByRole("combobox", { name: /客户/ });
    await waitFor(() => expect(customer.querySelectorAll("option")).toHaveLength(3));
    fireEvent.change(customer, { target: { value: "customer-0" } });
    fill("targetAmount", "600");
    fireEvent.click(screen.getByRole("button", { name: "保存草稿" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("月份: 客户 C-2 已有 2026-11 的生意计划。");
    expect(alert.textContent).not.toContain("already has");
  });

  it("item 5: a rep is offered only the customers they are responsible for", async () => {
    const fake = planningClient();
    renderWithProviders(<PlanCreatePage />, { client: fake.client, session: repSession });
    await screen.findByRole("combobox", { name: /Customer/ });
    expect(fake.requests.find((request) => request.operationName === "PlanCustomers")?.variables).toMatchObject({ repId: "rep-1" });
  });

  it("item 5: managers and admins plan every customer they see", async () => {
    const fake = planningClient();
    renderWithProviders(<PlanCreatePage />, { client: fake.client, session: adminSession });
    await screen.findByRole("combobox", { name: /Customer/ });
    expect(fake.requests.find((request) => request.operationName === "PlanCustomers")?.variables).toMatchObject({ repId: null });
  });

  it("item 17: says nothing about stores before a customer is chosen", async () => {
    renderWithProviders(<PlanCreatePage />, { client: planningClient().client });
    await screen.findByRole("combobox", { name: /Customer/ });
    expect(screen.queryByText(/This customer has no stores/)).toBeNull();
    expect(screen.getByText("Choose a customer to split the plan by store.")).toBeTruthy();
  });
});
