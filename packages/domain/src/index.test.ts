import { describe, expect, it } from "vitest";
import { domainVersion } from "./index.ts";
describe("domain", () => { it("exports a version", () => { expect(domainVersion).toBe("0.1.0"); }); });
