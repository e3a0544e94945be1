import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fastifyStatic } from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

const missingBuildPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Beatplan</title></head>
<body><h1>Beatplan API is running</h1>
<p>The admin web app is not built yet. Build it with <code>pnpm --filter @beatplan/web build</code> (or start with <code>pnpm start</code>, which builds it first) and reload.</p>
<p>GraphQL is served at <a href="/graphql">/graphql</a>.</p></body></html>
`;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Options of {@link webAppRoute}. */
export interface WebAppRouteOptions {
  /** Built admin web app (packages/web/dist). */
  distDir: string;
}

/**
 * Serves the built admin web app from `distDir`, falling back to index.html for client-side
 * routes (SPA). When the app is not built, every page answers a short page saying how to build it.
 * Vite fingerprints asset names, so they are cached for a year; index.html is always revalidated.
 */
export async function webAppRoute(app: FastifyInstance, { distDir }: WebAppRouteOptions): Promise<void> {
  const root = resolve(distDir);
  const indexPath = join(root, "index.html");
  await app.register(fastifyStatic, {
    root,
    // index.html is sent by the fallback below, with its own caching.
    index: false,
    cacheControl: false,
    suppressWarning: true,
    setHeaders: (reply, path) => {
      // JavaScript's registered type (RFC 9239); the file server's table still says application/javascript.
      if (/\.m?js$/.test(path)) void reply.header("content-type", "text/javascript; charset=utf-8");
      void reply.header("cache-control", path === indexPath ? "no-cache" : "public, max-age=31536000, immutable").header("x-content-type-options", "nosniff");
    },
  });
  const sendIndex = async (reply: FastifyReply): Promise<FastifyReply> => {
    if (!(await isFile(indexPath))) {
      return reply.code(200).type("text/html; charset=utf-8").header("cache-control", "no-store").send(missingBuildPage);
    }
    return reply.code(200).sendFile("index.html");
  };
  app.setNotFoundHandler(async (request, reply) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return reply.code(405).header("allow", "GET, HEAD").type("text/plain; charset=utf-8").send("method not allowed\n");
    }
    return sendIndex(reply);
  });
  // A path that leaves the dist directory (../) is refused by the file server; answer it like any client-side route.
  app.setErrorHandler(async (error: { statusCode?: number }, request, reply) => {
    if (error.statusCode === 403 || error.statusCode === 404) return sendIndex(reply);
    throw error;
  });
}
