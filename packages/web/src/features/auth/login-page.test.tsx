import { fireEvent, screen, waitFor } from "@testing-library/react";
import { CombinedError } from "urql";
import { describe, expect, it } from "vitest";
import { sessionStorageKey } from "../../app/session.tsx";
import { byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { LoginPage } from "./login-page.tsx";

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText("Email"), { target: { value: email } });
  fireEvent.change(screen.getByLabelText("Password"), { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

const user = { __typename: "User", id: "VXNlcjox", email: "admin@beatplan.test", name: "Ada Admin", role: "ADMIN" };

describe("LoginPage", () => {
  it("shows a wrong-credentials message when the API returns an UNAUTHENTICATED user error", async () => {
    const { client } = fakeClient(
      byOperation({
        Login: () => ({
          data: { login: { __typename: "LoginPayload", token: null, user: null, userErrors: [{ field: ["password"], message: "invalid credentials", code: "UNAUTHENTICATED" }] } },
        }),
      }),
    );
    renderWithProviders(<LoginPage />, { client, session: null });

    fillAndSubmit("admin@beatplan.test", "wrong");

    expect((await screen.findByRole("alert")).textContent).toBe("Email or password is incorrect.");
    expect(localStorage.getItem(sessionStorageKey)).toBeNull();
  });

  it("says to wait when the API answers that the account is locked", async () => {
    const { client } = fakeClient(
      byOperation({
        Login: () => ({
          data: { login: { __typename: "LoginPayload", token: null, user: null, userErrors: [{ field: ["email"], message: "too many failed sign-ins for this account", code: "LOCKED" }] } },
        }),
      }),
    );
    renderWithProviders(<LoginPage />, { client, session: null });

    fillAndSubmit("admin@beatplan.test", "wrong");

    expect((await screen.findByRole("alert")).textContent).toBe("Too many failed sign-ins. Please wait 15 minutes and try again.");
  });

  it("shows the network error when the API cannot be reached", async () => {
    const { client } = fakeClient(byOperation({ Login: () => ({ error: new CombinedError({ networkError: new Error("Failed to fetch") }) }) }));
    renderWithProviders(<LoginPage />, { client, session: null });

    fillAndSubmit("admin@beatplan.test", "beatplan-demo");

    expect((await screen.findByRole("alert")).textContent).toBe("Sign-in failed: Failed to fetch");
  });

  it("stores the token and user after a successful sign-in", async () => {
    const { client, requests } = fakeClient(
      byOperation({ Login: () => ({ data: { login: { __typename: "LoginPayload", token: "t-123", user, userErrors: [] } } }) }),
    );
    renderWithProviders(<LoginPage />, { client, session: null });

    fillAndSubmit(" admin@beatplan.test ", "beatplan-demo");

    await waitFor(() =>
      expect(JSON.parse(localStorage.getItem(sessionStorageKey) ?? "null")).toMatchObject({ token: "t-123", user: { role: "ADMIN" } }),
    );
    expect(requests[0]?.variables).toEqual({ input: { email: "admin@beatplan.test", password: "beatplan-demo" } });
  });

  it("is shown in Chinese when the language is zh-CN", () => {
    const { client } = fakeClient(() => "pending");
    renderWithProviders(<LoginPage />, { client, session: null, locale: "zh-CN" });

    expect(screen.getByRole("heading", { name: "登录 Beatplan" })).toBeTruthy();
    expect(screen.getByLabelText("密码")).toBeTruthy();
  });
});
