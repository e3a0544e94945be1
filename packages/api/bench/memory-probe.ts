/**
 * Preloaded into the benchmarked server by `pnpm bench:api --memory <seconds>`: prints the
 * process's memory once a second on stderr (`beatplan-memory {json}`), for the benchmark to
 * sample. The server's own code is unchanged.
 */
setInterval(() => {
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  process.stderr.write(`beatplan-memory ${JSON.stringify({ rss, heapUsed, heapTotal, external })}\n`);
}, 1000).unref();
