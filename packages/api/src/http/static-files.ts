import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

const missingBuildPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Beatplan</title></head>
<body><h1>Beatplan API is running</h1>
<p>The admin web app is not built yet. Build it with <code>pnpm --filter @beatplan/web build</code> (or start with <code>pnpm start</code>, which builds it first) and reload.</p>
<p>GraphQL is served at <a href="/graphql">/graphql</a>.</p></body></html>
`;

async function fileIfExists(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves the built admin web app from `distDir`, falling back to index.html for client-side
 * routes (SPA). When the app is not built, `/` answers a short page saying how to build it.
 */
export function createStaticHandler(distDir: string): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const root = normalize(distDir);
  return async (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("method not allowed\n");
      return;
    }
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const candidate = normalize(join(root, pathname));
    // Never serve outside the dist directory (../ in the path).
    const inside = candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
    let path = inside ? candidate : join(root, "index.html");
    let size = await fileIfExists(path);
    if (size === undefined) {
      path = join(root, "index.html");
      size = await fileIfExists(path);
    }
    if (size === undefined) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(request.method === "HEAD" ? undefined : missingBuildPage);
      return;
    }
    const isIndex = path.endsWith(`${sep}index.html`);
    response.writeHead(200, {
      "content-type": contentTypes[extname(path)] ?? "application/octet-stream",
      "content-length": size,
      // Vite fingerprints asset names, so they never change; index.html must always be revalidated.
      "cache-control": isIndex ? "no-cache" : "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(path).pipe(response);
  };
}
