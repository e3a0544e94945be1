import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "./error-boundary.tsx";
import { I18nProvider } from "./i18n/i18n.tsx";

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error("node.territory is undefined");
  return <p>rendered</p>;
}

afterEach(() => {
  vi.restoreAllMocks();
  shouldThrow = true;
});

describe("ErrorBoundary", () => {
  it("shows the translated error instead of a blank page and renders again on retry", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <I18nProvider locale="en">
        <ErrorBoundary resetKey="#/customers">
          <Fragile />
        </ErrorBoundary>
      </I18nProvider>,
    );

    expect(screen.getByRole("alert").textContent).toContain("An unexpected error occurred: node.territory is undefined");

    shouldThrow = false;
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("rendered")).toBeTruthy();
  });
});
