/**
 * The comparison server of the API benchmark: PostGraphile 5 with its amber preset on the
 * database in DATABASE_URL (schema `public`, no row-level security), listening on
 * 127.0.0.1:PORT at /graphql, with a pool of POOL_SIZE connections. Started by api.bench.ts.
 */
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
const poolSize = Number(process.env.POOL_SIZE ?? 10);
if (!connectionString || !Number.isInteger(port)) throw new Error("DATABASE_URL and PORT are required");

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ["public"], poolConfig: { max: poolSize } })],
  grafserv: { graphqlPath: "/graphql", watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).then(
  () => server.listen(port, "127.0.0.1", () => console.log(`PostGraphile is running at http://127.0.0.1:${port}/graphql`)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void Promise.resolve(pgl.release()).finally(() => process.exit(0)));
