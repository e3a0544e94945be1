import type { Ref } from "@mikro-orm/core";
import type { Territory } from "../org/territory.entity.ts";
import type { User } from "../org/user.entity.ts";
import { plainInstance, toDate, type PlainRowShape } from "../shared/plain-rows.ts";
import { Customer } from "./customer.entity.ts";

/**
 * How `Customer` is read as a plain object from `customer c`: the id, code, territory and
 * responsible rep always (relations, scoping and sensitive sections need them), the other
 * columns only when their field is asked for.
 */
export const customerRowShape: PlainRowShape = {
  always: ["c.id", "c.code", "c.territory_id", "c.responsible_rep_id"],
  columnsByField: {
    name: "c.name",
    type: "c.type",
    channel: "c.channel",
    scale: "c.scale",
    address: "c.address",
    latitude: "c.latitude",
    longitude: "c.longitude",
    registrationNo: "c.registration_no",
    taxNo: "c.tax_no",
    bankAccount: "c.bank_account",
    status: "c.status",
    lifecycle: "c.lifecycle",
    class: "c.class",
    version: "c.version",
    createdAt: "c.created_at",
    updatedAt: "c.updated_at",
  },
};

/**
 * A plain `Customer` from a row of {@link customerRowShape}'s columns. Relations are id-only
 * references (`territory.id`, `responsibleRep.id`) that the field resolvers load through
 * the request's loaders; columns that were not selected stay undefined.
 */
export function customerFromRow(row: Record<string, unknown>): Customer {
  const values: Record<string, unknown> = {
    id: row.id,
    code: row.code,
    territory: { id: row.territory_id } as Ref<Territory>,
    responsibleRep: row.responsible_rep_id == null ? null : ({ id: row.responsible_rep_id } as Ref<User>),
  };
  const copy = (field: string, column: string) => {
    if (column in row) values[field] = row[column];
  };
  copy("name", "name");
  copy("type", "type");
  copy("channel", "channel");
  copy("scale", "scale");
  copy("address", "address");
  copy("latitude", "latitude");
  copy("longitude", "longitude");
  copy("registrationNo", "registration_no");
  copy("taxNo", "tax_no");
  copy("bankAccount", "bank_account");
  copy("status", "status");
  copy("lifecycle", "lifecycle");
  copy("customerClass", "class");
  copy("version", "version");
  if ("created_at" in row) values.createdAt = toDate(row.created_at);
  if ("updated_at" in row) values.updatedAt = toDate(row.updated_at);
  return plainInstance(Customer, values as Partial<Customer>);
}
