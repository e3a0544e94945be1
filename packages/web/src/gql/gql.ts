/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query CustomerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        code\n        name\n        type\n        channel\n        scale\n        address\n        latitude\n        longitude\n        registrationNo\n        taxNo\n        bankAccount\n        status\n        version\n        class\n        createdAt\n        updatedAt\n        territory {\n          id\n          code\n          name\n          region {\n            id\n            code\n            name\n          }\n        }\n        responsibleRep {\n          id\n          name\n          email\n        }\n        creditProfile {\n          registeredCapital\n          yearsInBusiness\n          creditLimit\n          creditTermDays\n          settlementDay\n          paymentTerms\n          badCredit\n        }\n        operatingProfile {\n          salesStaff\n          marketCoverage\n          floorArea\n          storageArea\n          transportMode\n          deliveryAddresses\n        }\n        contacts {\n          id\n          name\n          title\n          phone\n          email\n          birthday\n          interests\n          tier\n        }\n        stores {\n          id\n          code\n          name\n          address\n          latitude\n          longitude\n        }\n      }\n    }\n  }\n": typeof types.CustomerDetailDocument,
    "\n  query CustomerFilterTerritories {\n    territories {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CustomerFilterTerritoriesDocument,
    "\n  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          type\n          status\n          class\n          territory {\n            id\n            code\n            name\n          }\n          responsibleRep {\n            id\n            name\n          }\n          averageMonthlySales(months: 3)\n        }\n      }\n    }\n  }\n": typeof types.CustomerListDocument,
    "\n  query CustomerSales($id: ID!, $from: Month!, $to: Month!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        monthlySales(from: $from, to: $to) {\n          month\n          volume\n          amount\n          ourShare\n        }\n      }\n    }\n  }\n": typeof types.CustomerSalesDocument,
    "\n  mutation ImportMonthlySales($input: ImportMonthlySalesInput!) {\n    importMonthlySales(input: $input) {\n      inserted\n      updated\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ImportMonthlySalesDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query CustomerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        code\n        name\n        type\n        channel\n        scale\n        address\n        latitude\n        longitude\n        registrationNo\n        taxNo\n        bankAccount\n        status\n        version\n        class\n        createdAt\n        updatedAt\n        territory {\n          id\n          code\n          name\n          region {\n            id\n            code\n            name\n          }\n        }\n        responsibleRep {\n          id\n          name\n          email\n        }\n        creditProfile {\n          registeredCapital\n          yearsInBusiness\n          creditLimit\n          creditTermDays\n          settlementDay\n          paymentTerms\n          badCredit\n        }\n        operatingProfile {\n          salesStaff\n          marketCoverage\n          floorArea\n          storageArea\n          transportMode\n          deliveryAddresses\n        }\n        contacts {\n          id\n          name\n          title\n          phone\n          email\n          birthday\n          interests\n          tier\n        }\n        stores {\n          id\n          code\n          name\n          address\n          latitude\n          longitude\n        }\n      }\n    }\n  }\n": types.CustomerDetailDocument,
    "\n  query CustomerFilterTerritories {\n    territories {\n      id\n      code\n      name\n    }\n  }\n": types.CustomerFilterTerritoriesDocument,
    "\n  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          type\n          status\n          class\n          territory {\n            id\n            code\n            name\n          }\n          responsibleRep {\n            id\n            name\n          }\n          averageMonthlySales(months: 3)\n        }\n      }\n    }\n  }\n": types.CustomerListDocument,
    "\n  query CustomerSales($id: ID!, $from: Month!, $to: Month!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        monthlySales(from: $from, to: $to) {\n          month\n          volume\n          amount\n          ourShare\n        }\n      }\n    }\n  }\n": types.CustomerSalesDocument,
    "\n  mutation ImportMonthlySales($input: ImportMonthlySalesInput!) {\n    importMonthlySales(input: $input) {\n      inserted\n      updated\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ImportMonthlySalesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      user {\n        id\n        email\n        name\n        role\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        code\n        name\n        type\n        channel\n        scale\n        address\n        latitude\n        longitude\n        registrationNo\n        taxNo\n        bankAccount\n        status\n        version\n        class\n        createdAt\n        updatedAt\n        territory {\n          id\n          code\n          name\n          region {\n            id\n            code\n            name\n          }\n        }\n        responsibleRep {\n          id\n          name\n          email\n        }\n        creditProfile {\n          registeredCapital\n          yearsInBusiness\n          creditLimit\n          creditTermDays\n          settlementDay\n          paymentTerms\n          badCredit\n        }\n        operatingProfile {\n          salesStaff\n          marketCoverage\n          floorArea\n          storageArea\n          transportMode\n          deliveryAddresses\n        }\n        contacts {\n          id\n          name\n          title\n          phone\n          email\n          birthday\n          interests\n          tier\n        }\n        stores {\n          id\n          code\n          name\n          address\n          latitude\n          longitude\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        code\n        name\n        type\n        channel\n        scale\n        address\n        latitude\n        longitude\n        registrationNo\n        taxNo\n        bankAccount\n        status\n        version\n        class\n        createdAt\n        updatedAt\n        territory {\n          id\n          code\n          name\n          region {\n            id\n            code\n            name\n          }\n        }\n        responsibleRep {\n          id\n          name\n          email\n        }\n        creditProfile {\n          registeredCapital\n          yearsInBusiness\n          creditLimit\n          creditTermDays\n          settlementDay\n          paymentTerms\n          badCredit\n        }\n        operatingProfile {\n          salesStaff\n          marketCoverage\n          floorArea\n          storageArea\n          transportMode\n          deliveryAddresses\n        }\n        contacts {\n          id\n          name\n          title\n          phone\n          email\n          birthday\n          interests\n          tier\n        }\n        stores {\n          id\n          code\n          name\n          address\n          latitude\n          longitude\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFilterTerritories {\n    territories {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query CustomerFilterTerritories {\n    territories {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          type\n          status\n          class\n          territory {\n            id\n            code\n            name\n          }\n          responsibleRep {\n            id\n            name\n          }\n          averageMonthlySales(months: 3)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          type\n          status\n          class\n          territory {\n            id\n            code\n            name\n          }\n          responsibleRep {\n            id\n            name\n          }\n          averageMonthlySales(months: 3)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSales($id: ID!, $from: Month!, $to: Month!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        monthlySales(from: $from, to: $to) {\n          month\n          volume\n          amount\n          ourShare\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerSales($id: ID!, $from: Month!, $to: Month!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Customer {\n        monthlySales(from: $from, to: $to) {\n          month\n          volume\n          amount\n          ourShare\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMonthlySales($input: ImportMonthlySalesInput!) {\n    importMonthlySales(input: $input) {\n      inserted\n      updated\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMonthlySales($input: ImportMonthlySalesInput!) {\n    importMonthlySales(input: $input) {\n      inserted\n      updated\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;