// Small statistics and formatting helpers shared by the benchmarks.
import { readFileSync } from "node:fs";
import { arch, cpus, platform } from "node:os";
import { join } from "node:path";

/** { median, min, max, n } of a list of numbers (NaN entries dropped). */
export function summarize(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

/** Ratio of two medians, or NaN. */
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : Number.NaN);

const fixed = (x, digits) => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");

/** "1.23 (1.20–1.31)" with the given formatter for each number. */
export function fmtSummary(s, format) {
  if (!s || s.n === 0) return "n/a";
  if (s.n === 1) return format(s.median);
  return `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
}

export const fmtMs = (ms) => (ms >= 1000 ? `${fixed(ms / 1000, 2)} s` : `${fixed(ms, 0)} ms`);
export const fmtSec = (s) => `${fixed(s, 3)} s`;
export const fmtMiB = (kib) => `${fixed(kib / 1024, 1)} MiB`;
export const fmtInt = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "n/a");
export const fmtRatio = (r) => (Number.isFinite(r) ? `${fixed(r, 2)}×` : "n/a");

/** The installed version of a package in the repo's node_modules, or "?". */
export function pkgVersion(root, name) {
  try {
    return JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version;
  } catch {
    return "?";
  }
}

/** Machine facts for the report: no timestamps, so the report only changes when the numbers do. */
export function machine() {
  const list = cpus();
  return {
    node: process.version,
    cpu: list[0]?.model?.trim() ?? "unknown",
    cores: list.length,
    os: `${platform()} ${arch()}`,
  };
}

/** Escapes a value for a markdown table cell. */
export const cell = (x) => String(x).replace(/\|/g, "\\|");

/** A markdown table from a header row and rows of cells. */
export function table(header, rows) {
  const line = (r) => `| ${r.map(cell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Busy (non-idle) CPU seconds summed over all cores since boot, from os.cpus(). */
export function busyCpuSeconds() {
  return cpus().reduce((sum, c) => sum + (c.times.user + c.times.nice + c.times.sys + c.times.irq) / 1000, 0);
}
