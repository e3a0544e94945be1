/** English wording of the classification "Why" column, from a reason's figures; merged into the English dictionary. */
export const classReasonsEn = {
  "classReason.average": "average {average} over {months, plural, one {# month} other {# months}}",
  "classReason.averageShort": "average {average} over {months, plural, one {# month} other {# months}} (customer younger than the period)",
  "classReason.pareto": "Pareto {thresholds} over {firstMonth}..{lastMonth}: rank {rank} of {count}, {average}; customers ranked above hold {held}% ({band})",
  "classReason.band": "{from}% to below {below}% → {class}",
  "classReason.bandLast": "{from}% or more → {class}",
  "classReason.threshold": "Threshold amounts over {firstMonth}..{lastMonth}: {average}; {cut}",
  "classReason.reaches": "reaches {minimum} → {class}",
  "classReason.belowEveryAmount": "below every amount → {class}",
  "classReason.rules": "Rule set \"{name}\": {rule} ({average})",
  "classReason.defaultClass": "no rule matched: default class",
  "classReason.override": "manual override until {until}: {reason} (computed: {computed})",
  "classReason.overrideOpenEnded": "manual override: {reason} (computed: {computed})",
} as const;
