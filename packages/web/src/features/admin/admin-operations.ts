import { graphql } from "../../gql/index.ts";

/** Everything the Administration screen lists: users with their territories, regions and territories. */
export const AdministrationQuery = graphql(`
  query Administration {
    users {
      id
      email
      name
      role
      version
      deactivatedAt
    }
    regions {
      id
      code
      name
      version
    }
    territories {
      id
      code
      name
      version
      archivedAt
      region {
        id
        code
      }
      reps {
        id
        name
      }
      managers {
        id
        name
      }
    }
  }
`);

/** Creates a user; the answer carries the one-time set-password token. */
export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        email
      }
      setPasswordToken
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Deactivates a user. */
export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      user {
        id
        deactivatedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Resets a user's password; the answer carries a new one-time token. */
export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      user {
        id
        email
      }
      setPasswordToken
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Creates a region. */
export const CreateRegionMutation = graphql(`
  mutation CreateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      region {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Creates a territory. */
export const CreateTerritoryMutation = graphql(`
  mutation CreateTerritory($input: CreateTerritoryInput!) {
    createTerritory(input: $input) {
      territory {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Adds a user to a territory as rep or manager. */
export const AssignTerritoryMemberMutation = graphql(`
  mutation AssignTerritoryMember($input: TerritoryMemberInput!) {
    assignTerritoryMember(input: $input) {
      territories {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Takes a user out of a territory. */
export const UnassignTerritoryMemberMutation = graphql(`
  mutation UnassignTerritoryMember($input: TerritoryMemberInput!) {
    unassignTerritoryMember(input: $input) {
      territories {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Sets a password with a one-time token and signs in. */
export const SetPasswordMutation = graphql(`
  mutation SetPassword($input: SetPasswordInput!) {
    setPassword(input: $input) {
      token
      user {
        id
        email
        name
        role
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Ends the session on the server. */
export const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      signedOut
    }
  }
`);
