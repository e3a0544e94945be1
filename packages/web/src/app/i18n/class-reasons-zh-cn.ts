import type { classReasonsEn } from "./class-reasons-en.ts";

/** 分类"原因"列的中文措辞，按原因的数据生成；合并进中文词典。 */
export const classReasonsZhCN: Record<keyof typeof classReasonsEn, string> = {
  "classReason.average": "月均 {average}，共 {months, number} 个月",
  "classReason.averageShort": "月均 {average}，共 {months, number} 个月（客户合作时间短于统计期）",
  "classReason.pareto": "帕累托 {thresholds}，{firstMonth} 至 {lastMonth}：排名 {rank}/{count}，{average}；排名在前的客户合计占 {held}%（{band}）",
  "classReason.band": "{from}% 至低于 {below}% → {class}",
  "classReason.bandLast": "{from}% 及以上 → {class}",
  "classReason.threshold": "分类标准金额，{firstMonth} 至 {lastMonth}：{average}；{cut}",
  "classReason.reaches": "达到 {minimum} → {class}",
  "classReason.belowEveryAmount": "低于所有标准金额 → {class}",
  "classReason.rules": "规则集“{name}”：{rule}（{average}）",
  "classReason.defaultClass": "未匹配任何规则：默认分类",
  "classReason.override": "人工指定至 {until}：{reason}（计算结果：{computed}）",
  "classReason.overrideOpenEnded": "人工指定：{reason}（计算结果：{computed}）",
};
