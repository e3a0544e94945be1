/** The API benchmark's queries, each as Beatplan and as PostGraphile 5 (amber preset) ask it. */

/** One benchmarked query: the same data requested from both servers. */
export interface BenchQuery {
  key: string;
  title: string;
  beatplan: { query: string; variables: Record<string, unknown> };
  postgraphile: { query: string; variables: Record<string, unknown> };
}

/** What the queries need from the generated database. */
export interface QueryInputs {
  /** Global ID and code of one customer the benchmark's manager may see. */
  customerId: string;
  customerCode: string;
  /** The newest month with sales (YYYY-MM) and the one two months earlier. */
  lastMonth: string;
  firstOfLastThree: string;
  firstOfLastTwelve: string;
}

/** Q1–Q3 of the read-path issue and the business plan page. */
export function benchQueries(inputs: QueryInputs): BenchQuery[] {
  return [
    {
      key: "Q1",
      title: "50 customers with territory, responsible rep, contacts, last 3 months of sales",
      beatplan: {
        query: `query Q1($from: Month!, $to: Month!) { customers(first: 50) { edges { node { id code name territory { code name } responsibleRep { name }
          contacts { name title } monthlySales(from: $from, to: $to) { month volume amount } } } } }`,
        variables: { from: inputs.firstOfLastThree, to: inputs.lastMonth },
      },
      postgraphile: {
        query: `query Q1 { allCustomers(first: 50, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { nodes { id code name territoryByTerritoryId { code name } appUserByResponsibleRepId { name }
          contactsByCustomerId { nodes { name title } } monthlySalesByCustomerId(first: 3, orderBy: MONTH_DESC) { nodes { month volume amount } } } } }`,
        variables: {},
      },
    },
    {
      key: "Q2",
      title: "200 customers, code and name",
      beatplan: { query: `query Q2 { customers(first: 200) { edges { node { code name } } } }`, variables: {} },
      postgraphile: { query: `query Q2 { allCustomers(first: 200, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { nodes { code name } } }`, variables: {} },
    },
    {
      key: "Q3",
      title: "one customer with its whole detail page",
      beatplan: {
        query: `query Q3($id: ID!, $from: Month!, $to: Month!) { node(id: $id) { id ... on Customer { code name type channel scale address latitude longitude registrationNo taxNo bankAccount
          status version class createdAt updatedAt territory { id code name region { id code name } } responsibleRep { id name email } restrictedSections { section }
          creditProfile { registeredCapital yearsInBusiness creditLimit creditTermDays settlementDay paymentTerms badCredit }
          operatingProfile { salesStaff marketCoverage floorArea storageArea transportMode deliveryAddresses }
          contacts { id name title phone email birthday interests tier } stores { id code name address latitude longitude }
          monthlySales(from: $from, to: $to) { month volume amount ourShare } } } }`,
        variables: { id: inputs.customerId, from: inputs.firstOfLastTwelve, to: inputs.lastMonth },
      },
      postgraphile: {
        query: `query Q3($code: String!) { customerByCode(code: $code) { id code name type channel scale address latitude longitude registrationNo taxNo bankAccount
          status version class createdAt updatedAt territoryByTerritoryId { id code name regionByRegionId { id code name } } appUserByResponsibleRepId { id name email }
          creditProfileByCustomerId { registeredCapital yearsInBusiness creditLimit creditTermDays settlementDay paymentTerms badCredit }
          operatingProfileByCustomerId { salesStaff marketCoverage floorArea storageArea transportMode deliveryAddresses }
          contactsByCustomerId { nodes { id name title phone email birthday interests tier } } storesByCustomerId { nodes { id code name address latitude longitude } }
          monthlySalesByCustomerId(first: 12, orderBy: MONTH_DESC) { nodes { month volume amount ourShare } } } }`,
        variables: { code: inputs.customerCode },
      },
    },
    {
      key: "Q4",
      title: "50 business plans with their current revision and lines",
      beatplan: {
        query: `query Q4 { businessPlans(first: 50) { edges { node { id month status currentRevisionNumber currentRevision { number targetVolume targetAmount promotionBudget
          storeTargets { storeCode volume amount } promotions { type budget } } } } } }`,
        variables: {},
      },
      postgraphile: {
        query: `query Q4 { allBusinessPlans(first: 50, orderBy: [MONTH_ASC, PRIMARY_KEY_ASC]) { nodes { id month status currentRevisionNumber
          businessPlanRevisionsByPlanId(first: 1, orderBy: NUMBER_DESC) { nodes { number targetVolume targetAmount promotionBudget content } } } } }`,
        variables: {},
      },
    },
  ];
}
