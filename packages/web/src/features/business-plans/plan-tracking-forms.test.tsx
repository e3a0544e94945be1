import { fireEvent, screen, waitFor } from "@testing-library/react";
import { testMonth } from "@beatplan/domain/testing";
import { describe, expect, it } from "vitest";
import { byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { WeeklyProgressForm, type TrackedPlan } from "./plan-tracking-forms.tsx";

// The test clock reads the 18th of testMonth: weeks 1–3 have begun, weeks 4 and 5 have not.
const plan: TrackedPlan = { id: "plan-1", version: 3, stores: [], weeks: 5, month: testMonth };

function trackingClient() {
  return fakeClient(byOperation({ RecordWeeklyProgress: () => ({ data: { recordWeeklyProgress: { __typename: "BusinessPlanPayload", businessPlan: { __typename: "BusinessPlan", id: "plan-1", status: "TRACKING", version: 4 }, userErrors: [] } } }) }));
}

const sent = (fake: ReturnType<typeof fakeClient>) => fake.requests.filter((request) => request.operationName === "RecordWeeklyProgress").map((request) => request.variables.input as Record<string, unknown>);

describe("weekly progress form (issue 11 item 3)", () => {
  it("offers only the weeks that have begun, the latest first chosen", () => {
    renderWithProviders(<WeeklyProgressForm plan={plan} />, { client: trackingClient().client });
    const week = screen.getByRole("combobox", { name: /Week/ }) as HTMLSelectElement;
    expect([...week.options].map((option) => option.textContent)).toEqual(["W1", "W2", "W3"]);
    expect(week.value).toBe("3");
  });

  it("sends a correction only with its reason", async () => {
    const fake = trackingClient();
    renderWithProviders(<WeeklyProgressForm plan={plan} />, { client: fake.client });
    fireEvent.change(screen.getByLabelText("Actual volume to date"), { target: { value: "1" } });
    fireEvent.change(screen.getByLabelText("Actual amount to date"), { target: { value: "30" } });
    fireEvent.click(screen.getByLabelText("This corrects an earlier figure"));
    const record = screen.getByRole("button", { name: "Record week" }) as HTMLButtonElement;
    expect(record.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("Correction reason"), { target: { value: "typed one zero too many" } });
    fireEvent.click(record);
    await waitFor(() => expect(sent(fake)).toHaveLength(1));
    expect(sent(fake)[0]).toMatchObject({ week: 3, actualAmount: "30", correctionReason: "typed one zero too many" });
  });

  it("catches a malformed amount before sending (item 4)", async () => {
    const fake = trackingClient();
    renderWithProviders(<WeeklyProgressForm plan={plan} />, { client: fake.client });
    fireEvent.change(screen.getByLabelText("Actual amount to date"), { target: { value: "abc" } });
    fireEvent.click(screen.getByRole("button", { name: "Record week" }));
    await waitFor(() => expect(screen.getByLabelText("Actual amount to date").getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getAllByText('Enter a number such as 1234.50 (got "abc").').length).toBeGreaterThan(0);
    expect(sent(fake)).toEqual([]);
  });
});
