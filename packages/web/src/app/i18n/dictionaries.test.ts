import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { locales, messageArguments, messageFormat, translate, type MessageKey } from "./i18n.tsx";
import { zhCN } from "./zh-cn.ts";


describe("UI dictionaries", () => {
  it("have exactly the same keys in Chinese and English", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it("have no empty message in either language", () => {
    const empty = [...Object.entries(en), ...Object.entries(zhCN)].filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  it("are ICU messages that parse in both languages", () => {
    const broken: string[] = [];
    for (const locale of locales) {
      for (const key of Object.keys(en) as MessageKey[]) {
        try {
          messageFormat(locale, key);
        } catch {
          broken.push(`${locale} ${key}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("use the same arguments for a key in both languages", () => {
    const mismatched = (Object.keys(en) as MessageKey[]).filter((key) => messageArguments(messageFormat("en", key)).join() !== messageArguments(messageFormat("zh-CN", key)).join());
    expect(mismatched).toEqual([]);
  });
});

describe("translate", () => {
  it("fills placeholders with the given values", () => {
    expect(translate("en", "customers.page", { page: 3 })).toBe("Page 3");
    expect(translate("zh-CN", "customers.page", { page: 3 })).toBe("第 3 页");
  });

  it("words plurals and groups numbers by the language's rules (issue 11 items 15 and 16)", () => {
    expect(translate("en", "customers.total", { count: 1 })).toBe("1 customer");
    expect(translate("en", "customers.total", { count: 1234 })).toBe("1,234 customers");
    expect(translate("zh-CN", "customers.total", { count: 1234 })).toBe("共 1,234 个客户");
  });

  it("leaves a placeholder without a value visible", () => {
    expect(translate("en", "plans.revisionNumber", {})).toBe("Rev. {number}");
  });
});

describe("terms (issue 11 item 6)", () => {
  it("use one word for the customer class and one for the sales rep in Chinese", () => {
    const texts = Object.values(zhCN).join("\n");
    for (const other of ["业务代表", "未分级", "业务员"]) expect(texts).not.toContain(other);
    expect(Object.entries(zhCN).filter(([key, text]) => /\bclass\b/i.test(key) && /等级/.test(text))).toEqual([]);
    expect(translate("zh-CN", "role.REP")).toBe("客户代表");
  });
});
