/** The time zone of China, where plan months begin and end: today's plan month is `monthIn(now, planTimeZone)`. */
export const planTimeZone = "Asia/Shanghai";
