import { useState } from "react";
import { useMutation } from "urql";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { errorText } from "../../app/query-state.tsx";
import { Link } from "../../app/router.tsx";
import type { BusinessPlanStatus } from "../../gql/graphql.ts";
import { newIdempotencyKey } from "./plan-format.ts";
import { ApprovePlanMutation, ConfirmPlanMutation, ProposePlanMutation, RejectPlanMutation, RequestRevisionMutation } from "./plan-operations.ts";
import { UserErrors } from "./plan-widgets.tsx";
import type { UserErrorData } from "../../shared/user-errors.tsx";

/** What the action bar needs to know about the plan and the viewer. */
export interface ActionablePlan {
  id: string;
  version: number;
  status: BusinessPlanStatus;
  needsApproval: boolean;
  currentRevisionNumber: number;
  lastProposedRevisionNumber?: number | null;
}

/** How the viewer relates to the plan; the server decides, the bar only hides what cannot succeed. */
export interface ViewerRelation {
  isOwner: boolean;
  isManager: boolean;
  isAdmin: boolean;
}

type Problem = UserErrorData;
type Payload = { businessPlan?: { id: string } | null; userErrors: Problem[] } | undefined;

const editable: readonly BusinessPlanStatus[] = ["DRAFT", "REVISION_REQUESTED", "REJECTED", "ADJUSTED"];

/** The workflow buttons the viewer may use now (propose, request changes, approve, reject, confirm, revise, adjust). */
export function PlanActions({ plan, viewer }: { plan: ActionablePlan; viewer: ViewerRelation }) {
  const { t } = useI18n();
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  // One key per displayed version: a double click or a resent request is the same action.
  const [key] = useState(newIdempotencyKey);
  const [propose, runPropose] = useMutation(ProposePlanMutation);
  const [approve, runApprove] = useMutation(ApprovePlanMutation);
  const [confirm, runConfirm] = useMutation(ConfirmPlanMutation);
  const [request, runRequest] = useMutation(RequestRevisionMutation);
  const [reject, runReject] = useMutation(RejectPlanMutation);
  const busy = propose.fetching || approve.fetching || confirm.fetching || request.fetching || reject.fetching;
  const failure = propose.error ?? approve.error ?? confirm.error ?? request.error ?? reject.error;
  const asRep = viewer.isOwner || viewer.isAdmin;
  const asManager = viewer.isManager || viewer.isAdmin;
  const step = (action: string) => ({ id: plan.id, expectedVersion: plan.version, idempotencyKey: `${key}-${action}-${plan.version}` });
  const settle = (payload: Payload) => setProblems(payload?.userErrors ?? []);
  const proposedBefore = plan.lastProposedRevisionNumber != null && plan.currentRevisionNumber <= plan.lastProposedRevisionNumber;

  const buttons = [];
  if (asRep && editable.includes(plan.status)) {
    buttons.push(
      <Link key="revise" className="button-link" to={{ name: "planEdit", id: plan.id, mode: "revise" }}>
        {t("plans.actions.revise")}
      </Link>,
    );
    buttons.push(
      <button key="propose" type="button" disabled={busy || proposedBefore} onClick={async () => settle((await runPropose({ input: step("propose") })).data?.proposeBusinessPlan)}>
        {t("plans.actions.propose")}
      </button>,
    );
  }
  if (asRep && (plan.status === "APPROVED" || (plan.status === "PROPOSED" && !plan.needsApproval))) {
    buttons.push(
      <button key="confirm" type="button" disabled={busy} onClick={async () => settle((await runConfirm({ input: step("confirm") })).data?.confirmBusinessPlan)}>
        {t("plans.actions.confirm")}
      </button>,
    );
  }
  if (asManager && plan.status === "PROPOSED") {
    buttons.push(
      <button key="approve" type="button" disabled={busy} onClick={async () => settle((await runApprove({ input: step("approve") })).data?.approveBusinessPlan)}>
        {t("plans.actions.approve")}
      </button>,
    );
  }
  if (asRep && (plan.status === "CONFIRMED" || plan.status === "TRACKING")) {
    buttons.push(
      <Link key="adjust" className="button-link" to={{ name: "planEdit", id: plan.id, mode: "adjust" }}>
        {t("plans.actions.adjust")}
      </Link>,
    );
  }
  const mayRequest = asRep && (plan.status === "PROPOSED" || plan.status === "APPROVED");
  const mayReject = asManager && plan.status === "PROPOSED";

  if (buttons.length === 0 && !mayRequest && !mayReject) return null;
  return (
    <div className="plan-actions">
      <div className="action-buttons">{buttons}</div>
      {plan.status === "PROPOSED" && plan.needsApproval && asRep && !viewer.isAdmin ? <p className="notice">{t("plans.actions.waitingForApproval")}</p> : null}
      {mayRequest || mayReject ? (
        <div className="reason-row">
          <label>
            {t(mayReject ? "plans.actions.reasonLabelManager" : "plans.actions.reasonLabel")}
            <input name="reason" value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          {mayRequest ? (
            <button type="button" disabled={busy} onClick={async () => settle((await runRequest({ input: { ...step("request"), reason } })).data?.requestRevision)}>
              {t("plans.actions.requestRevision")}
            </button>
          ) : null}
          {mayReject ? (
            <button type="button" disabled={busy} onClick={async () => settle((await runReject({ input: { ...step("reject"), reason } })).data?.rejectBusinessPlan)}>
              {t("plans.actions.reject")}
            </button>
          ) : null}
        </div>
      ) : null}
      {failure ? <p className="status-error">{errorText(failure)}</p> : null}
      <UserErrors errors={problems} />
    </div>
  );
}
