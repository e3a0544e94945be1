import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { byOperation, fakeClient, renderWithProviders } from "../../testing/render.tsx";
import { classColours, ParetoChart, type ParetoChartBucket, type ParetoChartPoint } from "./pareto-chart.tsx";

const points: ParetoChartPoint[] = [
  { rank: 1, code: "C01", name: "Big", volume: "60", cumulativeShare: 0.6, currentClass: "A" },
  { rank: 2, code: "C02", name: "Middle", volume: "30", cumulativeShare: 0.9, currentClass: "B" },
  { rank: 3, code: "C03", name: "Small", volume: "10", cumulativeShare: 1, currentClass: null },
];
const boundaries = [
  { class: "A" as const, cumulativeShare: 0.4, lastRank: 1 },
  { class: "B" as const, cumulativeShare: 0.8, lastRank: 2 },
  { class: "C" as const, cumulativeShare: 1, lastRank: 3 },
];

function renderChart() {
  renderWithProviders(<ParetoChart points={points} boundaries={boundaries} />, { client: fakeClient(byOperation({})).client, locale: "en" });
  return screen.getByRole("img", { name: /Pareto chart of 3 customers/ });
}

describe("ParetoChart", () => {
  it("draws one bar per customer, as tall as its volume and coloured by its class", () => {
    const bars = [...renderChart().querySelectorAll("rect")];
    expect(bars.map((bar) => bar.getAttribute("fill"))).toEqual([classColours.A, classColours.B, classColours.none]);
    const heights = bars.map((bar) => Number(bar.getAttribute("height")));
    expect(heights[1]! / heights[0]!).toBeCloseTo(0.5, 5);
    expect(heights[2]! / heights[0]!).toBeCloseTo(1 / 6, 5);
  });

  it("marks the inner class boundaries at 40% and 80% and draws the cumulative share line", () => {
    const chart = renderChart();
    expect([...chart.querySelectorAll(".pareto-marker text")].map((label) => label.textContent)).toEqual(["A up to 40%", "B up to 80%"]);
    expect(chart.querySelector("polyline.pareto-cumulative")?.getAttribute("points")?.split(" ")).toHaveLength(3);
  });

  it("has a volume axis with grouped, rounded labels (issue 11 item 15)", () => {
    const thousands = points.map((point, index) => ({ ...point, volume: ["1846.666667", "900", "100"][index]! }));
    renderWithProviders(<ParetoChart points={thousands} boundaries={boundaries} />, { client: fakeClient(byOperation({})).client, locale: "en" });
    const chart = screen.getByRole("img", { name: /Pareto chart of 3 customers/ });
    expect([...chart.querySelectorAll(".volume-axis text")].map((label) => label.textContent)).toEqual(["0", "923.3", "1,846.7", "Average monthly volume"]);
    expect(chart.querySelector("rect title")?.textContent).toBe("#1 C01 Big: 1,846.7 (60%)");
  });

  it("draws a bucket of the tail as one bar, as tall as its customers' average and coloured by their Pareto class", () => {
    const tail: ParetoChartBucket[] = [{ firstRank: 3, lastRank: 6, customerCount: 4, volume: "12", cumulativeShare: 1, paretoClass: "C" }];
    const head = points.slice(0, 2);
    const tailBoundaries = [...boundaries.slice(0, 2), { class: "C" as const, cumulativeShare: 1, lastRank: 6 }];
    renderWithProviders(<ParetoChart points={head} buckets={tail} boundaries={tailBoundaries} customerCount={6} />, { client: fakeClient(byOperation({})).client, locale: "en" });
    const chart = screen.getByRole("img", { name: /Pareto chart of 6 customers/ });
    const bars = [...chart.querySelectorAll("rect")];
    expect(bars.map((bar) => bar.getAttribute("fill"))).toEqual([classColours.A, classColours.B, classColours.C]);
    expect(Number(bars[2]!.getAttribute("height")) / Number(bars[0]!.getAttribute("height"))).toBeCloseTo(3 / 60, 5);
    expect(bars[2]!.querySelector("title")?.textContent).toBe("Customers #3–#6 (4): 12 together (100%)");
    expect(chart.querySelector("polyline.pareto-cumulative")?.getAttribute("points")?.split(" ")).toHaveLength(3);
  });
});
