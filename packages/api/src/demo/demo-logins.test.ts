import { describe, expect, it } from "vitest";
import { generateDemoData } from "./demo-data.ts";
import { demoLoginLines } from "./demo-logins.ts";

describe("start banner demo logins", () => {
  it("names every demo user, not just three (issue 11 item 18)", () => {
    const users = generateDemoData().users;
    const lines = demoLoginLines(users);
    expect(lines).toHaveLength(users.length + 1);
    expect(lines[0]).toBe('demo logins (password "beatplan-demo"; also in the README):');
    for (const user of users) expect(lines.some((line) => line.includes(user.email) && line.includes(user.role))).toBe(true);
    expect(lines.find((line) => line.includes("rep.4.sh-ja@beatplan.test"))).toMatch(/REP\s+SH-JA$/);
    expect(lines.find((line) => line.includes("manager.sh-pd@beatplan.test"))).toMatch(/MANAGER\s+SH-PD$/);
  });
});
