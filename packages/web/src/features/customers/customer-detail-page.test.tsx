import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { monthIn, shiftMonth } from "@beatplan/domain";
import { testClock } from "@beatplan/domain/testing";
import { byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { CustomerDetailPage } from "./customer-detail-page.tsx";

const teaHouse = {
  __typename: "Customer",
  id: "Q3VzdG9tZXI6MQ==",
  code: "C-001",
  name: "Tea House",
  type: "DEALER",
  channel: "WHOLESALE",
  scale: "Regional",
  address: "1 Harbour Road",
  latitude: 31.2304,
  longitude: 121.4737,
  registrationNo: "REG-9",
  taxNo: "TAX-7",
  bankAccount: "6222 0000 1111",
  status: "ACTIVE",
  version: 4,
  class: "B",
  createdAt: "2026-01-05T08:00:00.000Z",
  updatedAt: "2026-03-01T09:30:00.000Z",
  territory: {
    __typename: "Territory",
    id: "t1",
    code: "DEMO-T1",
    name: "Demo-T1",
    region: { __typename: "Region", id: "r1", code: "EAST", name: "East" },
  },
  responsibleRep: { __typename: "User", id: "u1", name: "Rita Rep", email: "rep.demo-t1@beatplan.test" },
  restrictedSections: [] as { __typename: "RestrictedSection"; section: string }[],
  creditProfile: {
    __typename: "CreditProfile",
    registeredCapital: "500000.00",
    yearsInBusiness: 12,
    creditLimit: "80000.00",
    creditTermDays: 30,
    settlementDay: 25,
    paymentTerms: "Net 30",
    badCredit: true,
  },
  operatingProfile: {
    __typename: "OperatingProfile",
    salesStaff: 8,
    marketCoverage: "Two districts",
    floorArea: "350.5",
    storageArea: "120",
    transportMode: "OWN_VEHICLE",
    deliveryAddresses: ["Dock 3, Harbour Road", "12 Mill Lane"],
  },
  contacts: [
    {
      __typename: "Contact",
      id: "k1",
      name: "Mei Lin",
      title: "Owner",
      phone: "138 0000 0000",
      email: "mei@example.test",
      birthday: "1980-04-02",
      interests: "Go, tea",
      tier: "I",
    },
  ],
  stores: [{ __typename: "Store", id: "s1", code: "S-1", name: "Harbour outlet", address: "2 Harbour Road", latitude: 31.23, longitude: 121.47 }],
};

const sales = {
  node: {
    __typename: "Customer",
    id: teaHouse.id,
    monthlySales: [
      { __typename: "MonthlySales", month: "2026-01", volume: "10", amount: "1000.00", ourShare: "0.4" },
      { __typename: "MonthlySales", month: "2026-03", volume: "30", amount: "3000.00", ourShare: null },
    ],
  },
};

function renderDetail(detail: unknown, locale: "en" | "zh-CN" = "en") {
  const fake = fakeClient(
    byOperation({
      CustomerDetail: () => ({ data: { node: detail } }),
      CustomerSales: () => ({ data: sales }),
      CustomerClass: () => ({ data: { node: { __typename: "Customer", id: teaHouse.id, class: "A", classOverride: null, classHistory: [] } } }),
    }),
  );
  renderWithProviders(<CustomerDetailPage id={teaHouse.id} />, { client: fake.client, locale });
  return fake;
}

function section(name: string): HTMLElement {
  return screen.getByRole("region", { name });
}

describe("CustomerDetailPage", () => {
  it("shows the basic data with territory, region and responsible rep", async () => {
    renderDetail(teaHouse);
    await screen.findByRole("heading", { level: 1, name: /Tea House/ });

    const basic = section("Basic data");
    for (const text of ["C-001", "Dealer", "Wholesale", "Regional", "1 Harbour Road", "31.23040, 121.47370", "REG-9", "TAX-7", "6222 0000 1111", "Active", "DEMO-T1 · Demo-T1", "EAST · East", "4"]) {
      expect(within(basic).getByText(text)).toBeTruthy();
    }
    expect(within(basic).getByText("Rita Rep <rep.demo-t1@beatplan.test>")).toBeTruthy();
  });

  it("translates channel codes it knows and shows unknown scale codes as sent", async () => {
    renderDetail({ ...teaHouse, channel: "ELECTRONICS_CHAIN" }, "zh-CN");
    const basic = await screen.findByRole("region", { name: "基本信息" });

    expect(within(basic).getByText("电器连锁")).toBeTruthy();
    expect(within(basic).getByText("Regional")).toBeTruthy();
  });

  it("shows the credit profile including a bad credit record", async () => {
    renderDetail(teaHouse);
    const credit = await screen.findByRole("region", { name: "Credit profile" });
    for (const text of ["500,000.00", "12", "80,000.00", "30", "25", "Net 30", "Yes"]) {
      expect(within(credit).getByText(text)).toBeTruthy();
    }
  });

  it("says the credit profile and contacts' personal data are withheld, not missing, when the API withholds them", async () => {
    renderDetail({
      ...teaHouse,
      creditProfile: null,
      contacts: teaHouse.contacts.map((contact) => ({ ...contact, phone: null, birthday: null, interests: null })),
      restrictedSections: [
        { __typename: "RestrictedSection", section: "CREDIT_PROFILE" },
        { __typename: "RestrictedSection", section: "CONTACT_PERSONAL_DATA" },
      ],
    });
    await screen.findByRole("heading", { level: 1, name: /Tea House/ });

    expect(within(section("Credit profile")).getByText(/^Withheld: credit data is visible only to admins/)).toBeTruthy();
    expect(within(section("Credit profile")).queryByText("No credit profile recorded.")).toBeNull();
    expect(within(section("Contacts")).getByText(/^Phone, birthday and interests are withheld/)).toBeTruthy();
    expect(within(section("Contacts")).getByText("Mei Lin")).toBeTruthy();
  });

  it("marks bank account and tax number as withheld for a viewer outside the customer's circle (issue 11 item 13)", async () => {
    renderDetail({ ...teaHouse, taxNo: null, bankAccount: null, restrictedSections: [{ __typename: "RestrictedSection", section: "BANK_AND_TAX_DATA" }] });
    await screen.findByRole("heading", { level: 1, name: /Tea House/ });
    const basic = section("Basic data");
    expect(within(basic).getAllByText("Withheld")).toHaveLength(2);
    expect(within(basic).queryByText("6222 0000 1111")).toBeNull();
  });

  it("shows the operating profile with every delivery address", async () => {
    renderDetail(teaHouse);
    const operating = await screen.findByRole("region", { name: "Operating profile" });
    for (const text of ["8", "Two districts", "350.5", "120", "Own vehicles", "Dock 3, Harbour Road", "12 Mill Lane"]) {
      expect(within(operating).getByText(text)).toBeTruthy();
    }
  });

  it("lists contacts with their information tier and stores with coordinates", async () => {
    renderDetail(teaHouse);
    const contacts = await screen.findByRole("region", { name: "Contacts" });
    const contactRow = within(contacts).getAllByRole("row")[1]!;
    expect(within(contactRow).getByText("Mei Lin")).toBeTruthy();
    expect(within(contactRow).getByText("Tier I")).toBeTruthy();
    expect(within(contactRow).getByText("Go, tea")).toBeTruthy();

    const stores = section("Stores");
    const storeRow = within(stores).getAllByRole("row")[1]!;
    expect(within(storeRow).getByText("Harbour outlet")).toBeTruthy();
    expect(within(storeRow).getByText("31.23000, 121.47000")).toBeTruthy();
  });

  it("says so when a customer has no profiles, contacts or stores", async () => {
    renderDetail({ ...teaHouse, creditProfile: null, operatingProfile: null, contacts: [], stores: [] });
    await screen.findByRole("heading", { level: 1, name: /Tea House/ });

    expect(within(section("Credit profile")).getByText("No credit profile recorded.")).toBeTruthy();
    expect(within(section("Operating profile")).getByText("No operating profile recorded.")).toBeTruthy();
    expect(within(section("Contacts")).getByText("No contacts recorded.")).toBeTruthy();
    expect(within(section("Stores")).getByText("No stores recorded.")).toBeTruthy();
  });

  it("draws one bar per month with sales, under an accessible chart title", async () => {
    renderDetail(teaHouse);
    const chart = await screen.findByRole("img", { name: /Sales amount per month for Tea House/ });

    expect(chart.querySelectorAll("rect")).toHaveLength(2);
    expect(chart.querySelectorAll(".month-label")).toHaveLength(12);
    expect(within(chart).getByText("Month")).toBeTruthy();
    expect(within(chart).getByText("Sales amount")).toBeTruthy();
  });

  it("asks for the 12 months ending with the last complete month", async () => {
    const { requests } = renderDetail(teaHouse);
    await screen.findByRole("img");

    const salesRequest = requests.find((request) => request.operationName === "CustomerSales");
    const lastComplete = shiftMonth(monthIn(testClock(), undefined), -1);
    expect(salesRequest?.variables).toEqual({ id: teaHouse.id, from: shiftMonth(lastComplete, -11), to: lastComplete });
  });

  it("reports an unknown id instead of a blank page", async () => {
    renderDetail(null);
    expect((await screen.findByRole("alert")).textContent).toBe("No customer with this id exists.");
  });
});
