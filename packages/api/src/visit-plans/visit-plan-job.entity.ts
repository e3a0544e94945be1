import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { Ref } from "@mikro-orm/core";
import { randomUUID } from "node:crypto";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Territory } from "../org/territory.entity.ts";
import { User } from "../org/user.entity.ts";
import { stampNow } from "../shared/entity-clock.ts";
import { toGlobalId } from "../shared/global-id.ts";
import { Node } from "../shared/node.ts";
import { DateScalar, DateTimeScalar } from "../shared/scalars.ts";
import { RepAssignmentMode, VisitPlanJobStatus } from "./visit-plan-enums.ts";

/** How far a running solve has got. */
@ObjectType("VisitPlanJobProgress", { description: "How far a plan-generation job has got." })
export class VisitPlanJobProgress {
  @Field(() => Float, { description: "Share of the time budget used, 0..1." })
  fraction!: number;

  @Field(() => Float, { description: "Seconds the solver has been running." })
  elapsedSeconds!: number;

  @Field(() => Int, { description: "Candidate plans examined so far." })
  iterations!: number;

  @Field(() => Float, { nullable: true, description: "Cost (travel minutes plus penalties) of the best plan so far; null before the first." })
  bestCost!: number | null;

  @Field(() => Boolean, { description: "Whether the best plan so far meets every limit." })
  feasible!: boolean;
}

/** Why a job failed. */
@ObjectType("VisitPlanJobError", { description: "Why a plan-generation job failed." })
export class VisitPlanJobError {
  @Field(() => String, { description: "Stable code, e.g. MISSING_DATA or SOLVER_FAILED." })
  code!: string;

  @Field(() => String, { description: "What went wrong, in words a manager can act on." })
  message!: string;
}

/** One request to generate a territory's visit plan, run as a job on the queue. */
@Entity({ tableName: "visit_plan_job" })
@Index({ properties: ["territory", "createdAt"] })
@ObjectType("VisitPlanJob", { implements: Node, description: "A request to generate a territory's visit plan, solved in the background." })
export class VisitPlanJob {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Territory, ref: true, deleteRule: "cascade" })
  territory: Ref<Territory>;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, index: true, deleteRule: "set null" })
  requestedBy: Ref<User> | null = null;

  @Enum({ items: () => VisitPlanJobStatus })
  @Field(() => VisitPlanJobStatus, { description: "Where the job stands." })
  status: VisitPlanJobStatus = VisitPlanJobStatus.QUEUED;

  @Property({ type: "date" })
  @Field(() => DateScalar, { description: "First day (a Monday) of the planned cycle, YYYY-MM-DD." })
  startsOn: string;

  @Property({ type: "smallint" })
  @Field(() => Int, { description: "Weeks in the cycle." })
  cycleWeeks: number;

  @Property({ type: "double" })
  @Field(() => Float, { description: "The solver's time budget, seconds." })
  timeLimitSeconds: number;

  @Enum({ items: () => RepAssignmentMode })
  @Field(() => RepAssignmentMode, { description: "Whether customers stay with their responsible rep." })
  repAssignment: RepAssignmentMode;

  /** The queue's id of the job (pg-boss); null only before it is sent. */
  @Property({ type: "uuid", nullable: true })
  queueJobId: string | null = null;

  @Property({ type: "double", default: 0 })
  progressFraction: number = 0;

  @Property({ type: "double", default: 0 })
  progressElapsedSeconds: number = 0;

  @Property({ type: "integer", default: 0 })
  progressIterations: number = 0;

  @Property({ type: "double", nullable: true })
  progressBestCost: number | null = null;

  @Property({ type: "boolean", default: false })
  progressFeasible: boolean = false;

  @Property({ type: "string", length: 64, nullable: true })
  errorCode: string | null = null;

  @Property({ type: "text", nullable: true })
  errorMessage: string | null = null;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow })
  @Field(() => DateTimeScalar, { description: "When the job was requested." })
  createdAt!: Date;

  @Property({ type: "datetime", columnType: "timestamptz", onCreate: stampNow, onUpdate: stampNow })
  updatedAt!: Date;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return toGlobalId("VisitPlanJob", this.id);
  }

  @Field(() => VisitPlanJobProgress, { description: "How far the solve has got." })
  get progress(): VisitPlanJobProgress {
    return Object.assign(new VisitPlanJobProgress(), {
      fraction: this.progressFraction,
      elapsedSeconds: this.progressElapsedSeconds,
      iterations: this.progressIterations,
      bestCost: this.progressBestCost,
      feasible: this.progressFeasible,
    });
  }

  @Field(() => VisitPlanJobError, { nullable: true, description: "Why the job failed; null unless FAILED." })
  get error(): VisitPlanJobError | null {
    return this.errorCode === null ? null : Object.assign(new VisitPlanJobError(), { code: this.errorCode, message: this.errorMessage ?? "" });
  }
}
