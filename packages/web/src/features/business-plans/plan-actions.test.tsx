import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { PlanActions, type ActionablePlan } from "./plan-actions.tsx";

const proposed: ActionablePlan = { id: "plan-1", version: 4, status: "PROPOSED", needsApproval: true, currentRevisionNumber: 2, lastProposedRevisionNumber: 2 };
const rep = { isOwner: true, isManager: false, isAdmin: false };
const manager = { isOwner: false, isManager: true, isAdmin: false };

describe("PlanActions", () => {
  it("tells the rep that a proposal beyond their authority waits for a manager and offers no confirmation", () => {
    const { client } = fakeClient(() => "pending");
    renderWithProviders(<PlanActions plan={proposed} viewer={rep} />, { client });
    expect(screen.getByText(/beyond your authority limit/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Customer confirmed" })).toBeNull();
    expect(screen.getByRole("button", { name: "Customer wants changes" })).toBeTruthy();
  });

  it("offers the manager approve and reject, and sends the version read with an idempotency key", async () => {
    const fake = fakeClient(
      byOperation({ ApproveBusinessPlan: () => ({ data: { approveBusinessPlan: { __typename: "BusinessPlanPayload", businessPlan: null, userErrors: [{ __typename: "UserError", field: ["expectedVersion"], code: "CONFLICT", message: "business plan DEMO-02 2026-11 is at version 5, not the expected 4" }] } } }) }),
    );
    renderWithProviders(<PlanActions plan={proposed} viewer={manager} />, { client: fake.client });
    expect(screen.getByRole("button", { name: "Reject" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Approve" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("is at version 5, not the expected 4"));
    const sent = fake.requests.find((request) => request.operationName === "ApproveBusinessPlan")?.variables.input as { id: string; expectedVersion: number; idempotencyKey: string };
    expect(sent).toMatchObject({ id: "plan-1", expectedVersion: 4 });
    expect(sent.idempotencyKey).toMatch(/-approve-4$/);
    expect(screen.getByRole("alert").textContent).toContain("Changed meanwhile");
  });

  it("lets the rep confirm once a manager approved", () => {
    const { client } = fakeClient(() => "pending");
    renderWithProviders(<PlanActions plan={{ ...proposed, status: "APPROVED" }} viewer={rep} />, { client });
    expect(screen.getByRole("button", { name: "Customer confirmed" })).toBeTruthy();
  });

  it("shows a draft's owner revise and propose, and the manager nothing", () => {
    const draft: ActionablePlan = { ...proposed, status: "DRAFT", needsApproval: false, currentRevisionNumber: 1, lastProposedRevisionNumber: null };
    const { client } = fakeClient(() => "pending");
    const { unmount } = renderWithProviders(<PlanActions plan={draft} viewer={rep} />, { client });
    expect(screen.getByRole("link", { name: "Revise" })).toBeTruthy();
    expect((screen.getByRole("button", { name: "Propose to customer" }) as HTMLButtonElement).disabled).toBe(false);
    unmount();
    const { container } = renderWithProviders(<PlanActions plan={draft} viewer={manager} />, { client });
    expect(container.textContent).toBe("");
  });
});
