import type { EventSubscriber } from "@mikro-orm/core";
import { modules } from "./modules.ts";

/** Every entity of every feature, listed explicitly (no folder discovery: swc-compiled code runs from source). */
export const entities = modules.flatMap((feature) => feature.entities ?? []);

/** Fresh instances of every feature's MikroORM subscribers, for one ORM configuration. */
export function createSubscribers(): EventSubscriber[] {
  return modules.flatMap((feature) => (feature.subscribers ?? []).map((create) => create()));
}
