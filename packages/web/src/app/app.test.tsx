import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "./app.tsx";
import { localeStorageKey } from "./i18n/i18n.tsx";
import { sessionStorageKey } from "./session.tsx";

function respondWith(body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } }));
}

const storedSession = { token: "stale-token", user: { id: "VXNlcjox", email: "admin@beatplan.test", name: "Ada Admin", role: "ADMIN" } };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("App", () => {
  it("returns to the login screen with a message when the API rejects the stored token", async () => {
    localStorage.setItem(localeStorageKey, "en");
    localStorage.setItem(sessionStorageKey, JSON.stringify(storedSession));
    vi.stubGlobal("fetch", respondWith({ data: null, errors: [{ message: "Token expired", extensions: { code: "UNAUTHENTICATED" } }] }));

    render(<App />);

    expect(await screen.findByText("Your session has expired or is no longer valid. Please sign in again.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeTruthy();
    expect(localStorage.getItem(sessionStorageKey)).toBeNull();
  });

  it("switches the whole layout to Chinese and remembers the choice", async () => {
    localStorage.setItem(localeStorageKey, "en");
    localStorage.setItem(sessionStorageKey, JSON.stringify(storedSession));
    vi.stubGlobal("fetch", vi.fn(() => new Promise<Response>(() => {})));

    const first = render(<App />);
    const navigation = screen.getByRole("navigation", { name: "Main navigation" });
    expect(within(navigation).getByRole("link", { name: "Customers" })).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "zh-CN" } });

    const chineseNavigation = screen.getByRole("navigation", { name: "主导航" });
    expect(within(chineseNavigation).getByRole("link", { name: "客户" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "退出登录" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(localStorage.getItem(localeStorageKey)).toBe("zh-CN");

    first.unmount();
    render(<App />);
    expect(screen.getByRole("heading", { level: 1, name: "客户" })).toBeTruthy();
  });

  it("signs out to the login screen with the logout button", () => {
    localStorage.setItem(localeStorageKey, "en");
    localStorage.setItem(sessionStorageKey, JSON.stringify(storedSession));
    vi.stubGlobal("fetch", vi.fn(() => new Promise<Response>(() => {})));

    render(<App />);
    fireEvent.click(screen.getByRole("button", { name: "Log out" }));

    expect(screen.getByRole("status").textContent).toBe("You have been signed out.");
    expect(localStorage.getItem(sessionStorageKey)).toBeNull();
  });
});
