import type { FeatureManifest } from "../shared/feature.ts";
import { AuditEntry } from "./audit-entry.entity.ts";
import { AuditSubscriber } from "./audit-subscriber.ts";
import { AuditEntryFieldsResolver, AuditLogResolver } from "./audit.resolver.ts";

declare module "../shared/global-id.ts" {
  interface NodeTypes {
    AuditEntry: AuditEntry;
  }
}

/** The audit trail: every flush writes its entries in the same transaction. Entries are not fetched by `node(id:)`. */
export const auditFeature: FeatureManifest = {
  name: "audit",
  entities: [AuditEntry],
  subscribers: [() => new AuditSubscriber()],
  resolvers: [AuditLogResolver, AuditEntryFieldsResolver],
  rootFieldAccess: {
    auditLog: "ADMIN all; MANAGER entries about their territories; REP FORBIDDEN",
  },
};
