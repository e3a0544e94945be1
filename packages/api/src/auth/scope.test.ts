import { describe, expect, it } from "vitest";
import { Role } from "../org/role.ts";
import { Scope } from "./scope.ts";

const pudong = "11111111-1111-4111-8111-111111111111";
const xuhui = "22222222-2222-4222-8222-222222222222";
const rep = new Scope({ userId: "rep-1", role: Role.REP, territoryIds: [pudong], label: "rep" });
const manager = new Scope({ userId: "manager-1", role: Role.MANAGER, territoryIds: [pudong], label: "manager" });
const admin = new Scope({ userId: "admin-1", role: Role.ADMIN, territoryIds: [], label: "admin" });
const repToken = new Scope({ userId: "admin-1", apiTokenId: "token-1", role: Role.REP, territoryIds: [pudong], label: "api-token:feed" });
const nobody = new Scope(undefined);

describe("Scope", () => {
  it("limits SQL to the viewer's territories with a bound parameter, and to nothing without a viewer", () => {
    expect(rep.customerCondition("c", 3)).toEqual({ sql: "c.territory_id = any($3::uuid[])", params: [[pudong]] });
    expect(admin.customerCondition("c", 1)).toEqual({ sql: "true", params: [] });
    expect(nobody.customerCondition("c", 1)).toEqual({ sql: "false", params: [] });
    expect(manager.territoryCondition("t", 2)).toEqual({ sql: "t.id = any($2::uuid[])", params: [[pudong]] });
  });

  it("limits ORM queries the same way", () => {
    expect(rep.customerWhere()).toEqual({ territory: { $in: [pudong] } });
    expect(rep.customerChildWhere()).toEqual({ customer: { territory: { $in: [pudong] } } });
    expect(admin.customerWhere()).toEqual({});
    expect(nobody.territoryWhere()).toEqual({ id: { $in: [] } });
  });

  it("shows sensitive sections to admins, the territory's managers and the responsible rep only", () => {
    const ownCustomer = { territoryId: pudong, responsibleRepId: "rep-1" };
    const colleagueCustomer = { territoryId: pudong, responsibleRepId: "rep-2" };
    expect(rep.maySeeSensitive(ownCustomer)).toBe(true);
    expect(rep.maySeeSensitive(colleagueCustomer)).toBe(false);
    expect(manager.maySeeSensitive(colleagueCustomer)).toBe(true);
    expect(manager.maySeeSensitive({ territoryId: xuhui, responsibleRepId: null })).toBe(false);
    expect(admin.maySeeSensitive({ territoryId: xuhui, responsibleRepId: null })).toBe(true);
    // A REP token acts for the admin who created it, who is nobody's responsible rep.
    expect(repToken.maySeeSensitive({ territoryId: pudong, responsibleRepId: "admin-1" })).toBe(false);
  });

  it("lets managers but not reps place customers, and only in their territories", () => {
    expect(manager.mayPlaceCustomersIn(pudong)).toBe(true);
    expect(manager.mayPlaceCustomersIn(xuhui)).toBe(false);
    expect(rep.mayPlaceCustomersIn(pudong)).toBe(false);
    expect(admin.mayPlaceCustomersIn(xuhui)).toBe(true);
  });

  it("lets only signed-in admins, not tokens, manage API tokens", () => {
    expect(admin.mayManageApiTokens()).toBe(true);
    expect(new Scope({ userId: "admin-1", apiTokenId: "token-2", role: Role.ADMIN, territoryIds: [], label: "api-token:admin" }).mayManageApiTokens()).toBe(false);
    expect(manager.mayManageApiTokens()).toBe(false);
  });

  it("refuses with FORBIDDEN naming the role and the operation", () => {
    expect(() => rep.require(rep.mayReadAuditLog(), "read the audit log")).toThrow("your role (REP) may not read the audit log");
  });
});
