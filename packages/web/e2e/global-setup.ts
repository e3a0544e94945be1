import { buildWebIfStale } from "./build-web.ts";

/** Builds packages/web/dist before the browser test when it is missing or stale. */
export default function setup(): void {
  const started = performance.now();
  if (buildWebIfStale()) console.info(`built packages/web/dist in ${Math.round(performance.now() - started)} ms`);
}
