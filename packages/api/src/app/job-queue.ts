import type { Orm } from "../db/database.ts";
import { JobQueue } from "../jobs/job-queue.ts";
import { modules } from "./modules.ts";

/** Every job kind that the features declare in their manifests. */
export const jobDefinitions = modules.flatMap((feature) => feature.jobs ?? []);

/** Options of {@link openJobQueue}. */
export interface AppJobsOptions {
  /** Run the jobs in this process (default true); false only sends them, for a separate worker process. */
  readonly worker?: boolean;
  /** How often lost jobs of dead workers are looked for, in seconds (default 10). */
  readonly superviseIntervalSeconds?: number;
}

/** Starts the application's job queue on the ORM's database and, unless told otherwise, its worker. */
export async function openJobQueue(databaseUrl: string, orm: Orm, now: () => Date, options: AppJobsOptions = {}): Promise<JobQueue> {
  const queue = new JobQueue({
    databaseUrl,
    definitions: jobDefinitions,
    em: () => orm.em.fork(),
    now,
    ...(options.superviseIntervalSeconds === undefined ? {} : { superviseIntervalSeconds: options.superviseIntervalSeconds }),
  });
  await queue.start();
  if (options.worker ?? true) await queue.startWorker();
  return queue;
}
