import { graphql } from "../../gql/index.ts";

/** Territories the viewer may plan or read plans of. */
export const VisitPlanTerritoriesQuery = graphql(`
  query VisitPlanTerritories {
    territories {
      id
      code
      name
    }
  }
`);

/** A userError with what the app needs to word it in the user's language. */
export const VisitPlanUserErrorFields = graphql(`
  fragment VisitPlanUserErrorFields on UserError {
    code
    message
    reason
    params {
      name
      value
    }
  }
`);

/** Queues the solve of a territory's plan. */
export const GenerateVisitPlanMutation = graphql(`
  mutation GenerateVisitPlan($input: GenerateVisitPlanInput!) {
    generateVisitPlan(input: $input) {
      job {
        id
        status
      }
      userErrors {
        ...VisitPlanUserErrorFields
      }
    }
  }
`);

/** Stops a queued or running solve. */
export const CancelVisitPlanJobMutation = graphql(`
  mutation CancelVisitPlanJob($input: CancelVisitPlanJobInput!) {
    cancelVisitPlanJob(input: $input) {
      job {
        id
        status
      }
      userErrors {
        ...VisitPlanUserErrorFields
      }
    }
  }
`);

/** A job's state, read once (and polled when the subscription is not available). */
export const VisitPlanJobQuery = graphql(`
  query VisitPlanJob($id: ID!) {
    visitPlanJob(id: $id) {
      ...VisitPlanJobFields
    }
  }
`);

/** A job's state, pushed after every change. */
export const VisitPlanJobUpdatesSubscription = graphql(`
  subscription VisitPlanJobUpdates($id: ID!) {
    visitPlanJobUpdates(id: $id) {
      ...VisitPlanJobFields
    }
  }
`);

/** What the progress panel shows of a job. */
export const VisitPlanJobFields = graphql(`
  fragment VisitPlanJobFields on VisitPlanJob {
    id
    status
    cycleWeeks
    startsOn
    timeLimitSeconds
    progress {
      fraction
      elapsedSeconds
      iterations
      bestCost
      feasible
    }
    error {
      code
      message
    }
    plan {
      id
    }
  }
`);

/** A plan with its days and stops, for the calendar, the map, the CSV and the route sheet. */
export const VisitPlanQuery = graphql(`
  query VisitPlan($id: ID!) {
    visitPlan(id: $id) {
      id
      status
      version
      cycleWeeks
      startsOn
      feasible
      totalTravelMinutes
      createdAt
      movedVisits
      diagnosis {
        summary
        requiredMinutes
        availableMinutes
        suggestions
        overloadedDays {
          week
          weekday
          overMinutes
          rep {
            id
            name
          }
        }
        unplacedVisits {
          week
          weekday
          customer {
            id
            code
          }
        }
      }
      days {
        week
        weekday
        travelMinutes
        workMinutes
        availableMinutes
        rep {
          id
          name
          workProfile {
            startLocation {
              latitude
              longitude
            }
          }
        }
        stops {
          sequence
          locked
          arrival
          departure
          travelMinutes
          customer {
            id
            code
            name
            class
            latitude
            longitude
          }
        }
      }
    }
  }
`);

/** Makes a DRAFT plan the territory's ACTIVE one and writes its planned visits. */
export const ActivateVisitPlanMutation = graphql(`
  mutation ActivateVisitPlan($input: ActivateVisitPlanInput!) {
    activateVisitPlan(input: $input) {
      plan {
        id
        status
        version
      }
      plannedVisitCount
      userErrors {
        ...VisitPlanUserErrorFields
      }
    }
  }
`);

/** Moves one visit of a plan to another day (checked against the day's time and the spacing rule). */
export const MoveVisitMutation = graphql(`
  mutation MoveVisit($input: MoveVisitInput!) {
    moveVisit(input: $input) {
      plan {
        id
        version
      }
      userErrors {
        ...VisitPlanUserErrorFields
      }
    }
  }
`);
