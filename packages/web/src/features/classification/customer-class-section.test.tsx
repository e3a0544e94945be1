import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { CustomerClassSection } from "./customer-class-section.tsx";

const customerId = "Q3VzdG9tZXI6MQ==";
const manager = { id: "VXNlcjox", name: "Wang Fang" };

function classData(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      node: {
        __typename: "Customer",
        id: customerId,
        class: "A",
        classOverride: null,
        classHistory: [
          { fromClass: null, toClass: "A", source: "PARETO", reason: "Pareto 40/40/20 over 2026-08..2026-10: rank 5 of 20", assignedAt: "2026-11-22T08:00:00.000Z", actor: manager },
        ],
        ...overrides,
      },
    },
  };
}

describe("CustomerClassSection", () => {
  it("lists the class history with who changed the class and why", async () => {
    const fake = fakeClient(byOperation({ CustomerClass: () => classData() }));
    renderWithProviders(<CustomerClassSection customerId={customerId} />, { client: fake.client, locale: "en" });
    const row = (await screen.findByRole("table")).querySelectorAll("tbody tr")[0] as HTMLElement;
    expect(within(row).getByText("Pareto 40/40/20 over 2026-08..2026-10: rank 5 of 20")).toBeTruthy();
    expect(within(row).getByText("Wang Fang")).toBeTruthy();
    expect(within(row).getByText("Pareto")).toBeTruthy();
  });

  it("refuses an override without a reason and sends one with the reason", async () => {
    const sent: unknown[] = [];
    const fake = fakeClient(
      byOperation({
        CustomerClass: () => classData(),
        OverrideCustomerClass: (variables) => {
          sent.push(variables);
          return { data: { overrideCustomerClass: { customer: { id: customerId, class: "B" }, userErrors: [] } } };
        },
      }),
    );
    renderWithProviders(<CustomerClassSection customerId={customerId} />, { client: fake.client, locale: "en" });
    const form = await screen.findByRole("form", { name: "Set the class by hand" });
    fireEvent.change(within(form).getByLabelText("Class"), { target: { value: "B" } });
    fireEvent.click(within(form).getByRole("button", { name: "Set class" }));
    expect(await within(form).findByText("Please give a reason.")).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.change(within(form).getByLabelText("Reason"), { target: { value: "moved to a new mall" } });
    fireEvent.click(within(form).getByRole("button", { name: "Set class" }));
    await waitFor(() => expect(sent).toEqual([{ input: { customerId, class: "B", reason: "moved to a new mall", until: null } }]));
  });

  it("words a refused override in the user's language from the error's reason, not the server's English", async () => {
    const fake = fakeClient(
      byOperation({
        CustomerClass: () => classData(),
        OverrideCustomerClass: () => ({
          data: {
            overrideCustomerClass: {
              customer: null,
              userErrors: [
                {
                  code: "VALIDATION",
                  field: ["until"],
                  message: 'until must be a calendar date from today (2026-11-18) on, got "2026-11-01"',
                  reason: "DATE_BEFORE_TODAY",
                  params: [
                    { name: "today", value: "2026-11-18" },
                    { name: "value", value: "2026-11-01" },
                  ],
                },
              ],
            },
          },
        }),
      }),
    );
    renderWithProviders(<CustomerClassSection customerId={customerId} />, { client: fake.client, locale: "zh-CN" });
    const form = await screen.findByRole("form");
    fireEvent.change(form.querySelector("textarea, input[type=text]") as HTMLElement, { target: { value: "新商场开业" } });
    fireEvent.click(within(form).getByRole("button"));
    const alert = await within(form).findByRole("alert");
    expect(alert.textContent).toContain("日期不能早于今天（2026-11-18），收到的是 2026-11-01。");
    expect(alert.textContent).not.toMatch(/until must be|calendar date/);
  });
});
