/**
 * A worker process for the job queue test: it claims jobs of the test kind and is killed
 * (SIGKILL, no clean-up) during its first attempt, as a crashed API instance would be.
 * Usage: node --import @swc-node/register/esm-register test/dying-job-worker.ts <databaseUrl>
 */
import { MikroORM } from "@mikro-orm/postgresql";
import { testClock } from "@beatplan/domain/testing";
import { JobQueue } from "../src/jobs/job-queue.ts";
import { dyingJobKind } from "./job-kinds.ts";

const databaseUrl = process.argv[2] as string;
const orm = await MikroORM.init({ clientUrl: databaseUrl, entities: [], discovery: { warnWhenNoEntities: false } });
const queue = new JobQueue({
  databaseUrl,
  definitions: [{ ...dyingJobKind, run: async () => void process.kill(process.pid, "SIGKILL") }],
  em: () => orm.em.fork(),
  now: testClock,
});
await queue.start();
await queue.startWorker();
