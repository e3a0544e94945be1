import type { JobDefinition } from "../src/shared/job-definition.ts";

/** The job kind that test/dying-job-worker.ts claims and dies on; the test's own worker finishes it. */
export const dyingJobKind: Omit<JobDefinition<{ label: string }>, "run"> = {
  name: "test.survives-a-dead-worker",
  retryLimit: 2,
  heartbeatSeconds: 10,
};
