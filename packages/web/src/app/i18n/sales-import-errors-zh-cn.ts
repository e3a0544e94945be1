import type { salesImportErrorsEn } from "./sales-import-errors-en.ts";

/** Chinese wording of the sales import's userError reasons; same keys as {@link salesImportErrorsEn}. */
export const salesImportErrorsZhCN = {
  "serverError.SALES_NO_ROWS": "没有可导入的销量行：文件需要表头行和至少一行数据。",
  "serverError.SALES_MONTH_FUTURE": "{value} 尚未开始：只能导入截至本月 {latest} 的销量。",
  "serverError.SALES_MONTH_TOO_OLD": "{value} 早于最早的销量月份 {earliest}。",
  "serverError.CSV_MISSING_COLUMNS": "表头缺少列：{columns}。",
  "serverError.CSV_COLUMN_COUNT": "应有 {expected} 个值，实际为 {found} 个。",
  "serverError.CSV_UNCLOSED_QUOTE": "引号内的值没有闭合。",
  "serverError.SALES_CUSTOMER_CODE_EMPTY": "customerCode 不能为空。",
  "serverError.SALES_MONTH": "month 必须为 YYYY-MM 且月份为 01..12，实际为“{value}”。",
  "serverError.SALES_NUMBER": "{column} 必须为非负数且最多 {decimals} 位小数，实际为“{value}”。",
  "serverError.SALES_INTEGER_DIGITS": "{column} 小数点前最多 {digits} 位，实际为“{value}”。",
  "serverError.SALES_SHARE": "ourShare 必须为 0 到 1 之间、最多 4 位小数的数，或为空，实际为“{value}”。",
  "serverError.SALES_REPEATED_ROW": "客户 {code} 的 {month} 已在第 {first} 行出现。",
  "serverError.UNKNOWN_CUSTOMER_CODE": "不存在编码为“{code}”的客户。",
  "serverError.TOO_MANY_ROWS": "一个文件最多 {max, number} 行，此文件有 {count, number} 行。",
} as const satisfies Record<keyof typeof salesImportErrorsEn, string>;
