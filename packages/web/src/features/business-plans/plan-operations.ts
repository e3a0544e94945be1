import { graphql } from "../../gql/index.ts";

/** One page of plans of a month, with completion for the bars. */
export const PlanListQuery = graphql(`
  query PlanList($first: Int!, $after: String, $filter: BusinessPlanFilter) {
    businessPlans(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          month
          status
          version
          currentRevisionNumber
          needsApproval
          completion
          actualAmountToDate
          customer {
            id
            code
            name
          }
          owner {
            id
            name
          }
          currentRevision {
            id
            targetAmount
            promotionBudget
          }
        }
      }
    }
  }
`);

/** Everything one revision says, for the detail page and the side-by-side diff. */
export const RevisionFieldsFragment = graphql(`
  fragment RevisionFields on BusinessPlanRevision {
    id
    number
    createdAt
    changeNote
    companyTargetVolume
    companyTargetAmount
    targetVolume
    targetAmount
    forecastVolume
    forecastAmount
    promotionBudget
    penetrationNotes
    author {
      id
      name
    }
    storeTargets {
      storeCode
      volume
      amount
      store {
        id
        name
      }
    }
    launches {
      productCode
      launchDate
      firstOrderQuantity
      targetStores
      materialsReady
      promoterReady
      product {
        id
        name
      }
    }
    promotions {
      type
      startDate
      endDate
      budget
      expectedUplift
    }
  }
`);

/** A plan with its revisions, history, tracking and review. */
export const PlanDetailQuery = graphql(`
  query PlanDetail($id: ID!) {
    businessPlan(id: $id) {
      id
      month
      status
      version
      currentRevisionNumber
      confirmedRevisionNumber
      lastProposedRevisionNumber
      statusNote
      needsApproval
      authorityLimit
      completion
      actualAmountToDate
      actualVolumeToDate
      customer {
        id
        code
        name
        stores {
          id
          code
          name
        }
      }
      owner {
        id
        name
      }
      currentRevision {
        ...RevisionFields
      }
      revisions {
        ...RevisionFields
      }
      events {
        action
        fromStatus
        toStatus
        revisionNumber
        note
        progress {
          week
          amount
          volume
          correctionReason
        }
        createdAt
        actor {
          id
          name
        }
      }
      progress {
        week
        actualVolume
        actualAmount
        recordedAt
        stores {
          storeCode
          actualVolume
          actualAmount
        }
      }
      tracking {
        week
        endDay
        targetVolumeToDate
        targetAmountToDate
        actualVolumeToDate
        actualAmountToDate
      }
      review {
        revisionNumber
        targetVolume
        targetAmount
        actualVolume
        actualAmount
        completion
        transactions
        inStorePerformance
        competitorNews
        opportunities
        createdAt
        author {
          id
          name
        }
        stores {
          storeCode
          targetVolume
          targetAmount
          actualVolume
          actualAmount
        }
      }
    }
  }
`);

/** What changed between two revisions, field by field. */
export const RevisionDiffQuery = graphql(`
  query RevisionDiff($id: ID!, $from: Int!, $to: Int!) {
    businessPlan(id: $id) {
      id
      revisionDiff(from: $from, to: $to) {
        field
        kind
        before
        after
      }
    }
  }
`);

/** Territories and their reps for the list's filters (only those the viewer may see). */
export const PlanFilterTerritoriesQuery = graphql(`
  query PlanFilterTerritories {
    territories {
      id
      code
      name
      reps {
        id
        name
      }
    }
  }
`);

/** The product catalogue for launch lines. */
export const ProductsQuery = graphql(`
  query Products {
    products(first: 500) {
      id
      code
      name
      unit
    }
  }
`);

/** Customers to plan for, with their stores for the store split. */
export const PlanCustomersQuery = graphql(`
  query PlanCustomers($search: String, $repId: ID) {
    customers(first: 50, filter: { search: $search, status: ACTIVE, repId: $repId }) {
      edges {
        node {
          id
          code
          name
          stores {
            id
            code
            name
          }
        }
      }
    }
  }
`);


/** What every plan mutation answers: the changed plan's status and version, or the problems. */
export const PlanPayloadFieldsFragment = graphql(`
  fragment PlanPayloadFields on BusinessPlanPayload {
    businessPlan {
      id
      status
      version
    }
    userErrors {
      field
      message
      code
      reason
      params {
        name
        value
      }
    }
  }
`);

export const CreatePlanMutation = graphql(`
  mutation CreateBusinessPlan($input: CreateBusinessPlanInput!) {
    createBusinessPlan(input: $input) {
      ...PlanPayloadFields
    }
  }
`);

export const RevisePlanMutation = graphql(`
  mutation ReviseBusinessPlan($input: ReviseBusinessPlanInput!) {
    reviseBusinessPlan(input: $input) {
      ...PlanPayloadFields
    }
  }
`);

export const AdjustPlanMutation = graphql(`
  mutation AdjustBusinessPlan($input: ReviseBusinessPlanInput!) {
    adjustBusinessPlan(input: $input) {
      ...PlanPayloadFields
    }
  }
`);

export const ProposePlanMutation = graphql(`
  mutation ProposeBusinessPlan($input: BusinessPlanStepInput!) {
    proposeBusinessPlan(input: $input) {
      ...PlanPayloadFields
    }
  }
`);

export const ApprovePlanMutation = graphql(`
  mutation ApproveBusinessPlan($input: BusinessPlanStepInput!) {
    approveBusinessPlan(input: $input) {
      ...PlanPayloadFields
    }
  }
`);

export const ConfirmPlanMutation = graphql(`
  mutation ConfirmBusinessPlan($input: BusinessPlanStepInput!) {
    confirmBusinessPlan(input: $input) {
      ...PlanPayloadFields
    }
  }
`);

export const RequestRevisionMutation = graphql(`
  mutation RequestPlanRevision($input: BusinessPlanReasonInput!) {
    requestRevision(input: $input) {
      ...PlanPayloadFields
    }
  }
`);

export const RejectPlanMutation = graphql(`
  mutation RejectBusinessPlan($input: BusinessPlanReasonInput!) {
    rejectBusinessPlan(input: $input) {
      ...PlanPayloadFields
    }
  }
`);

export const RecordProgressMutation = graphql(`
  mutation RecordWeeklyProgress($input: RecordWeeklyProgressInput!) {
    recordWeeklyProgress(input: $input) {
      ...PlanPayloadFields
    }
  }
`);

export const ClosePlanMutation = graphql(`
  mutation CloseBusinessPlan($input: CloseBusinessPlanInput!) {
    closeBusinessPlan(input: $input) {
      businessPlan {
        id
        status
        version
      }
      nextMonthPlan {
        id
      }
      userErrors {
        field
        message
        code
        reason
        params {
          name
          value
        }
      }
    }
  }
`);
