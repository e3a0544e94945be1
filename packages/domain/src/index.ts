export const domainVersion = "0.1.0";
