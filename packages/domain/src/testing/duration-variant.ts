/**
 * Rewrites a Cordeau instance with a route duration limit D on every day
 * (0 = none) and the same service time at every customer, to build the
 * duration-limited variants the p-instances lack.
 */
export function withDurationLimit(text: string, options: { readonly serviceTime: number; readonly durationLimit: number }): string {
  const lines = text.split("\n").filter((line) => line.trim().length > 0);
  const header = (lines[0] as string).trim().split(/\s+/).map(Number);
  const days = header[3] as number;
  const dayLines = lines.slice(1, 1 + days).map((line) => {
    const [, capacity] = line.trim().split(/\s+/);
    return `${options.durationLimit} ${capacity}`;
  });
  const nodeLines = lines.slice(1 + days).map((line, node) => {
    const fields = line.trim().split(/\s+/);
    if (node > 0) fields[3] = String(options.serviceTime);
    return fields.join(" ");
  });
  return `${[lines[0], ...dayLines, ...nodeLines].join("\n")}\n`;
}
