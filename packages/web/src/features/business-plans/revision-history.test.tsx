import { screen } from "@testing-library/react";
import { testNow } from "@beatplan/domain/testing";
import { describe, expect, it } from "vitest";
import { byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { RevisionTimeline, type TimelineEvent } from "./revision-history.tsx";

const at = testNow.toISOString();
const events: TimelineEvent[] = [
  { action: "CREATE", fromStatus: null, toStatus: "DRAFT", revisionNumber: 1, note: null, progress: null, createdAt: at, actor: { name: "Rep" } },
  {
    action: "RECORD_PROGRESS",
    fromStatus: "CONFIRMED",
    toStatus: "TRACKING",
    revisionNumber: 1,
    note: "week 1: 30000.00 / 30.000",
    progress: { week: 1, amount: "30000.00", volume: "30.000", correctionReason: null },
    createdAt: at,
    actor: { name: "Rep" },
  },
  {
    action: "RECORD_PROGRESS",
    fromStatus: "TRACKING",
    toStatus: "TRACKING",
    revisionNumber: 1,
    note: "week 1: 3000.00 / 30.500 (correction: 多输了一个零)",
    progress: { week: 1, amount: "3000.00", volume: "30.500", correctionReason: "多输了一个零" },
    createdAt: at,
    actor: { name: "Rep" },
  },
];

const notes = () => [...document.querySelectorAll(".timeline-note")].map((note) => note.textContent);

// Issue 11 item 6: the weekly-progress note is worded from its figures, not the server's English text.
describe("plan history notes", () => {
  it("words a progress step in Chinese with no English server text", () => {
    renderWithProviders(<RevisionTimeline events={events} />, { client: fakeClient(byOperation({})).client, locale: "zh-CN" });
    expect(notes()).toEqual(["第1周：累计实际金额 30,000.00，累计实际销量 30", "第1周：累计实际金额 3,000.00，累计实际销量 30.5（更正：多输了一个零）"]);
    expect(document.querySelector(".timeline")!.textContent).not.toMatch(/week|correction/i);
    expect(screen.getAllByText("记录进度").length).toBeGreaterThan(0);
  });

  it("words it in English from the same figures", () => {
    renderWithProviders(<RevisionTimeline events={events} />, { client: fakeClient(byOperation({})).client });
    expect(notes()).toEqual(["Week 1: amount to date 30,000.00, volume to date 30", "Week 1: amount to date 3,000.00, volume to date 30.5 (correction: 多输了一个零)"]);
  });

  it("shows the stored note of a step without figures as it is", () => {
    const remark: TimelineEvent = { action: "REJECT", fromStatus: "PROPOSED", toStatus: "REJECTED", revisionNumber: 1, note: "预算过高", progress: null, createdAt: at, actor: { name: "Manager" } };
    renderWithProviders(<RevisionTimeline events={[remark]} />, { client: fakeClient(byOperation({})).client, locale: "zh-CN" });
    expect(notes()).toEqual(["预算过高"]);
  });
});
