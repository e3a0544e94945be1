import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/test-database.ts";
import { Customer } from "../customers/customer.entity.ts";
import { connectDatabase, type Orm } from "../db/database.ts";
import { toGlobalId } from "./global-id.ts";
import { plainInstance } from "./plain-rows.ts";

describe("plainInstance", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let orm: Orm;

  // The ORM defines its setters on entity prototypes when it starts; plain objects must not run them.
  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await connectDatabase({ clientUrl: database.url, poolSize: 1 });
  });

  afterAll(async () => {
    await orm?.close();
    await database?.drop();
  });

  it("makes an instance of the class with plain data properties and none of the ORM's entity state", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    const customer = plainInstance(Customer, { id, code: "C-1", name: "Acme" });
    expect(customer).toBeInstanceOf(Customer);
    expect(customer.globalId).toBe(toGlobalId("Customer", id));
    expect(Object.getOwnPropertyDescriptor(customer, "name")).toEqual({ value: "Acme", writable: true, enumerable: true, configurable: true });
    expect(Object.keys(customer)).toEqual(["id", "code", "name"]);
    expect(Object.prototype.hasOwnProperty.call(customer, "__helper")).toBe(false);
    // An entity built the ORM's way does get per-instance accessors: the check above can fail.
    const entity = orm.em.fork().create(Customer, { code: "C-2", name: "Entity" } as never, { persist: false });
    expect(Object.getOwnPropertyDescriptor(entity, "name")?.get).toBeTypeOf("function");
  });
});
