import { systemClock, type Clock } from "../clock.ts";

/** Anything that carries a MikroORM configuration: the ORM, and every EntityManager forked from it. */
interface HasConfig {
  readonly config: object;
}

// Keyed by the ORM's configuration, which every fork and transaction of its EntityManager shares.
const clocks = new WeakMap<object, Clock>();

/**
 * Makes `clock` the time source of `orm`: entity timestamps (`onCreate` / `onUpdate`), audit
 * entries and set-based SQL all read "now" through {@link databaseNow}, so they follow the
 * server's clock (the same one the auth settings and the GraphQL context use).
 */
export function useDatabaseClock(orm: HasConfig, clock: Clock): void {
  clocks.set(orm.config, clock);
}

/** The server's "now" as seen from an EntityManager (the machine's clock when the ORM was given none). */
export function databaseNow(em: HasConfig): Date {
  return (clocks.get(em.config) ?? systemClock)();
}

/** For `onCreate` / `onUpdate` of timestamp properties: the server's "now" at flush time. */
export function stampNow(_entity: unknown, em: HasConfig): Date {
  return databaseNow(em);
}
