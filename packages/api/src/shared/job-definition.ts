import type { EntityManager } from "@mikro-orm/postgresql";

/** What a job's handler receives besides its payload. */
export interface JobContext {
  /** The queue's id of the job. */
  readonly jobId: string;
  /** 0 on the first attempt, 1 on the first retry, and so on. */
  readonly attempt: number;
  /** A fresh EntityManager of its own for this attempt. */
  readonly em: EntityManager;
  /** The server's clock. */
  readonly now: () => Date;
  /** Aborted when the job is cancelled or the worker shuts down. */
  readonly signal: AbortSignal;
}

/**
 * A kind of background job, declared in its feature's manifest (`jobs`) and run by the job
 * queue's worker (jobs/job-queue.ts), in the API process or in a worker process of its own.
 */
export interface JobDefinition<Payload extends object = object> {
  /** Queue name: letters, digits, `-`, `_`, `.` and `/`. */
  readonly name: string;
  /** Runs one attempt; a throw fails the attempt (retried while retries remain), its message kept as the reason. */
  readonly run: (payload: Payload, context: JobContext) => Promise<void>;
  /** Retries after a failed attempt or a dead worker (default 0: a failure is final). */
  readonly retryLimit?: number;
  /** Seconds without a heartbeat after which a running job counts as lost (its worker died) and is retried; at least 10 (default 30). */
  readonly heartbeatSeconds?: number;
  /** Jobs with the same key run one at a time, the later ones queued behind; none when omitted. */
  readonly serialiseBy?: (payload: Payload) => string;
  /** Jobs of this kind one worker process runs at once (default 1). */
  readonly concurrency?: number;
  /** Cron expression (UTC) on which the queue sends this job by itself with an empty payload, e.g. "15 2 * * *" daily at 02:15. */
  readonly schedule?: string;
}

/** A job definition of any payload type, as lists of job kinds hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own payload type
export type AnyJobDefinition = JobDefinition<any>;

/** Sends and cancels jobs; what request handlers see of the job queue. */
export interface JobSender {
  /**
   * Queues a job of a declared kind and answers its id. With `em`, the job is written in that
   * EntityManager's transaction: it exists exactly when the transaction commits.
   */
  send(name: string, payload: object, options?: { readonly em?: EntityManager }): Promise<string>;
  /** Cancels a queued or running job. */
  cancel(name: string, id: string): Promise<void>;
}
