import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { translate } from "./i18n.tsx";
import { zhCN } from "./zh-cn.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("UI dictionaries", () => {
  it("have exactly the same keys in Chinese and English", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it("have no empty message in either language", () => {
    const empty = [...Object.entries(en), ...Object.entries(zhCN)].filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it("use the same placeholders for a key in both languages", () => {
    const mismatched = Object.entries(en)
      .filter(([key, text]) => placeholders(text).join() !== placeholders(zhCN[key as keyof typeof en]).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});

describe("translate", () => {
  it("fills placeholders with the given values", () => {
    expect(translate("en", "customers.page", { page: 3 })).toBe("Page 3");
    expect(translate("zh-CN", "customers.page", { page: 3 })).toBe("第 3 页");
  });

  it("leaves a placeholder without a value visible", () => {
    expect(translate("en", "customers.total", {})).toBe("{count} customers");
  });
});
