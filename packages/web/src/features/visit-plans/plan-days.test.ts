import { describe, expect, it } from "vitest";
import { dayDate, isOverCapacity, minutesText, planCalendar, planCsv, visitCounts, type PlanDay } from "./plan-days.ts";

function day(week: number, weekday: number, repName: string, codes: string[], workMinutes = 400): PlanDay {
  return {
    week,
    weekday,
    rep: { id: `rep-${repName}`, name: repName },
    travelMinutes: 30,
    workMinutes,
    availableMinutes: 480,
    stops: codes.map((code, index) => ({
      sequence: index + 1,
      arrival: 15 + index * 45,
      departure: 45 + index * 45,
      travelMinutes: 15,
      customer: { id: code, code, name: code === "C-3" ? 'Shop "Big", Ltd' : `Shop ${code}`, class: "B", latitude: 31.2, longitude: 121.4 },
    })),
  };
}

describe("planCalendar", () => {
  it("lays the cycle out as weekday rows and week columns, one rep or all", () => {
    const days = [day(1, 1, "Li", ["C-1"]), day(2, 3, "Li", ["C-2"]), day(1, 1, "Wang", ["C-3"])];
    const all = planCalendar(days, 2, null);
    expect(all.weeks).toEqual([1, 2]);
    expect(all.weekdays).toEqual([1, 3]);
    expect(all.cell(1, 1).map((entry) => entry.rep.name)).toEqual(["Li", "Wang"]);
    expect(all.cell(2, 1)).toEqual([]);
    const wang = planCalendar(days, 2, "rep-Wang");
    expect(wang.weekdays).toEqual([1]);
    expect(wang.cell(1, 1).map((entry) => entry.stops[0]!.customer.code)).toEqual(["C-3"]);
  });
});

describe("plan figures", () => {
  it("counts each customer's visits over the cycle", () => {
    expect([...visitCounts([day(1, 1, "Li", ["C-1", "C-2"]), day(1, 2, "Li", ["C-1"])]).entries()]).toEqual([
      ["C-1", 2],
      ["C-2", 1],
    ]);
  });

  it("dates a cycle day from the cycle's first Monday", () => {
    expect(dayDate("2026-11-23", 1, 1)).toBe("2026-11-23");
    expect(dayDate("2026-11-23", 2, 6)).toBe("2026-12-05");
  });

  it("marks a day whose work exceeds its working time", () => {
    expect(isOverCapacity({ workMinutes: 481, availableMinutes: 480 })).toBe(true);
    expect(isOverCapacity({ workMinutes: 480, availableMinutes: 480 })).toBe(false);
  });

  it("writes minutes after the day's start as h:mm", () => {
    expect(minutesText(0)).toBe("0:00");
    expect(minutesText(125.4)).toBe("2:05");
  });
});

describe("planCsv", () => {
  it("writes one row per stop in date and route order, quoting names with commas or quotes", () => {
    const csv = planCsv("2026-11-23", [day(1, 2, "Li", ["C-3"]), day(1, 1, "Li", ["C-1", "C-2"])]);
    expect(csv.split("\r\n")).toEqual([
      "date,week,weekday,rep,sequence,customerCode,customerName,class,arrivalMinute,departureMinute,travelMinutes,dayWorkMinutes,dayAvailableMinutes",
      "2026-11-23,1,1,Li,1,C-1,Shop C-1,B,15,45,15,400,480",
      "2026-11-23,1,1,Li,2,C-2,Shop C-2,B,60,90,15,400,480",
      '2026-11-24,1,2,Li,1,C-3,"Shop ""Big"", Ltd",B,15,45,15,400,480',
      "",
    ]);
  });
});
