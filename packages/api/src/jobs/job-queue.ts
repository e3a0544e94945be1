import { PgBoss, type Job } from "pg-boss";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { AnyJobDefinition, JobSender } from "../shared/job-definition.ts";
import { executeSql } from "../shared/sql.ts";

/** Where a job stands on the queue. */
export type QueuedJobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

/** What the queue knows about one job. */
export interface QueuedJob {
  readonly id: string;
  readonly name: string;
  readonly state: QueuedJobState;
  /** Retries so far. */
  readonly retryCount: number;
  /** The reason of the last failure, when the job failed. */
  readonly failureMessage: string | null;
}

/** Options of {@link JobQueue}. */
export interface JobQueueOptions {
  readonly databaseUrl: string;
  /** Every job kind of the application (from the feature manifests). */
  readonly definitions: readonly AnyJobDefinition[];
  /** Forks a fresh EntityManager for each attempt. */
  readonly em: () => EntityManager;
  readonly now: () => Date;
  /** How often lost (heartbeat-less) jobs are looked for, in seconds (default 10). */
  readonly superviseIntervalSeconds?: number;
  /** How often an idle worker looks for new jobs, in seconds (default 2; new jobs also wake it through NOTIFY). */
  readonly pollingIntervalSeconds?: number;
}

const SCHEMA = "pgboss";
const DEFAULT_HEARTBEAT_SECONDS = 30;

/**
 * The application's job queue on PostgreSQL (pg-boss, in its own `pgboss` schema). Any process
 * may send; a process that calls `startWorker` runs the jobs. A running job keeps a heartbeat, so
 * when its process dies the queue's supervisor (in any live process) fails the attempt and the job
 * is retried while its `retryLimit` allows.
 */
export class JobQueue implements JobSender {
  readonly #boss: PgBoss;
  readonly #definitions: ReadonlyMap<string, AnyJobDefinition>;
  readonly #options: JobQueueOptions;
  #started = false;

  constructor(options: JobQueueOptions) {
    this.#options = options;
    this.#definitions = new Map(options.definitions.map((definition) => [definition.name, definition]));
    if (this.#definitions.size !== options.definitions.length) throw new Error("two job definitions share a name");
    this.#boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: SCHEMA,
      max: 3,
      // Lost jobs are looked for on each supervision pass that also monitors the queues.
      superviseIntervalSeconds: options.superviseIntervalSeconds ?? 10,
      monitorIntervalSeconds: options.superviseIntervalSeconds ?? 10,
    });
    this.#boss.on("error", (error: unknown) => console.error("job queue:", error instanceof Error ? error.message : error));
  }

  /** Installs or upgrades the queue's schema and creates a queue for every job kind. */
  async start(): Promise<void> {
    await this.#boss.start();
    this.#started = true;
    for (const definition of this.#definitions.values()) {
      const options = {
        retryLimit: definition.retryLimit ?? 0,
        retryDelay: 0,
        heartbeatSeconds: definition.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS,
      };
      // A queue's policy is fixed when it is created; the other options follow the definition.
      const existing = await this.#boss.getQueue(definition.name);
      if (existing) await this.#boss.updateQueue(definition.name, options);
      else await this.#boss.createQueue(definition.name, { ...options, policy: definition.serialiseBy ? "singleton" : "standard" });
      // Every process schedules the same cron; the queue sends each occurrence once.
      if (definition.schedule) await this.#boss.schedule(definition.name, definition.schedule, {}, { tz: "UTC" });
    }
  }

  /** Runs the jobs of every kind in this process until `stop`. */
  async startWorker(): Promise<void> {
    for (const definition of this.#definitions.values()) {
      await this.#boss.work(
        definition.name,
        { localConcurrency: definition.concurrency ?? 1, pollingIntervalSeconds: this.#options.pollingIntervalSeconds ?? 2 },
        async (jobs: Job<object>[]) => {
          for (const job of jobs) await this.#run(definition, job);
        },
      );
    }
  }

  async #run(definition: AnyJobDefinition, job: Job<object>): Promise<void> {
    await definition.run(job.data, {
      jobId: job.id,
      attempt: job.retryCount,
      em: this.#options.em(),
      now: this.#options.now,
      signal: job.signal,
    });
  }

  /** Queues a job of a declared kind; returns its id. With `em`, inside that EntityManager's transaction. */
  async send<Payload extends object>(name: string, payload: Payload, options: { readonly em?: EntityManager } = {}): Promise<string> {
    const definition = this.#definitions.get(name);
    if (!definition) throw new Error(`no job kind "${name}" is declared`);
    const singletonKey = definition.serialiseBy?.(payload);
    const em = options.em;
    const db = em ? { executeSql: async (text: string, values: unknown[] = []) => ({ rows: await executeSql<unknown>(em, text, values) }) } : undefined;
    const id = await this.#boss.send(name, payload, { ...(singletonKey === undefined ? {} : { singletonKey }), ...(db ? { db } : {}) });
    if (id === null) throw new Error(`the queue refused a "${name}" job`);
    return id;
  }

  /** The queue's view of a job; null when it is unknown. */
  async find(name: string, id: string): Promise<QueuedJob | null> {
    const job = await this.#boss.getJobById(name, id);
    if (!job) return null;
    const output = job.output as { message?: unknown; value?: { message?: unknown } } | null;
    const message = output?.message ?? output?.value?.message;
    return {
      id: job.id,
      name: job.name,
      state: job.state,
      retryCount: job.retryCount,
      failureMessage: job.state === "failed" && typeof message === "string" ? message : null,
    };
  }

  /** Cancels a queued or running job (a running handler sees its signal aborted). */
  async cancel(name: string, id: string): Promise<void> {
    await this.#boss.cancel(name, id);
  }

  /** Stops the worker, letting running jobs finish for up to `timeoutMs`, and closes the connections. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    await this.#boss.stop({ graceful: true, timeout: timeoutMs });
  }
}
