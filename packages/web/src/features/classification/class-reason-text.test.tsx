import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useI18n } from "../../app/i18n/i18n.tsx";
import { byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { classReasonText, type ClassReasonFigures } from "./class-reason-text.ts";
import { CustomerClassSection } from "./customer-class-section.tsx";

// Issue 11 item 6: the "Why" column is worded from the reason's figures, not the server's English text.
const pareto: ClassReasonFigures = {
  method: "PARETO",
  firstMonth: "2026-08",
  lastMonth: "2026-10",
  average: "1702.5",
  monthsAveraged: 3,
  shortHistory: false,
  computedClass: "A",
  thresholds: "40/40/20",
  rank: 5,
  customerCount: 20,
  heldPercent: "39.5",
  bandFromPercent: "0",
  bandBelowPercent: "40",
  overridden: false,
};
const englishReason = "Pareto 40/40/20 over 2026-08..2026-10: rank 5 of 20, average 1702.5 over 3 months; customers ranked above hold 39.5% (0% to below 40% → A)";
const customerId = "Q3VzdG9tZXI6MQ==";

function Reason({ detail, fallback = "server text" }: { detail: ClassReasonFigures | null; fallback?: string }) {
  return <p data-testid="reason">{classReasonText(useI18n(), detail, fallback)}</p>;
}

const reasonIn = (locale: "en" | "zh-CN", detail: ClassReasonFigures | null) => {
  renderWithProviders(<Reason detail={detail} />, { client: fakeClient(byOperation({})).client, locale });
  return screen.getByTestId("reason").textContent;
};

describe("class reasons in the reader's language", () => {
  it("shows the history's Pareto reason in Chinese with no English server text", async () => {
    const history = [{ fromClass: null, toClass: "A", source: "PARETO", reason: englishReason, reasonDetail: pareto, assignedAt: "2026-11-22T08:00:00.000Z", actor: { id: "VXNlcjox", name: "王芳" } }];
    const fake = fakeClient(byOperation({ CustomerClass: () => ({ data: { node: { __typename: "Customer", id: customerId, class: "A", classOverride: null, classHistory: history } } }) }));
    renderWithProviders(<CustomerClassSection customerId={customerId} />, { client: fake.client, locale: "zh-CN" });
    const cell = (await screen.findByRole("table")).querySelector("tbody td.reason") as HTMLElement;
    expect(cell.textContent).toBe("帕累托 40/40/20，2026-08 至 2026-10：排名 5/20，月均 1,702.5，共 3 个月；排名在前的客户合计占 39.5%（0% 至低于 40% → A）");
    expect(cell.textContent).not.toMatch(/Pareto|rank|average|months|customers|below/);
    expect(within(cell.closest("tr")!).getByText("王芳")).toBeTruthy();
  });

  it("words the same figures as the server's English reason", () => {
    expect(reasonIn("en", pareto)).toBe("Pareto 40/40/20 over 2026-08..2026-10: rank 5 of 20, average 1,702.5 over 3 months; customers ranked above hold 39.5% (0% to below 40% → A)");
  });

  it("words threshold amounts, a short history and an override in Chinese", () => {
    const detail: ClassReasonFigures = { ...pareto, method: "THRESHOLD_AMOUNTS", thresholds: null, rank: null, customerCount: null, heldPercent: null, bandFromPercent: null, bandBelowPercent: null, monthsAveraged: 1, shortHistory: true, computedClass: "B", minimumAverage: "2000", overridden: true, overrideUntil: "2026-12-31", overrideReason: "重点客户" };
    const text = reasonIn("zh-CN", detail);
    expect(text).toBe("人工指定至 2026-12-31：重点客户（计算结果：分类标准金额，2026-08 至 2026-10：月均 1,702.5，共 1 个月（客户合作时间短于统计期）；达到 2,000 → B）");
    expect(text).not.toMatch(/[a-z]{3,}/i);
  });

  it("words a rule set with no matching rule in Chinese", () => {
    const rules: ClassReasonFigures = { ...pareto, method: "RULES", thresholds: null, rank: null, customerCount: null, heldPercent: null, bandFromPercent: null, bandBelowPercent: null, computedClass: "C", ruleSetName: "华东规则", ruleReason: null };
    expect(reasonIn("zh-CN", rules)).toBe("规则集“华东规则”：未匹配任何规则：默认分类（月均 1,702.5，共 3 个月）");
  });

  it("shows the server's text when a reason has no figures (runs stored before them, overrides)", () => {
    expect(reasonIn("zh-CN", null)).toBe("server text");
  });
});
