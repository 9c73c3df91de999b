// Benchmark 2: `tsc --extendedDiagnostics --noEmit` on the consumer programs, under each TypeScript version.
import { join } from "node:path";
import { runNode } from "./proc.mjs";
import { summarize } from "./stats.mjs";

/** The diagnostics the report uses, as printed by tsc 5.x and 7.x ("Memory used" in K, times in s). */
export const METRICS = ["Files", "Types", "Instantiations", "Memory used", "Check time", "Total time"];

/** Parses `Name: value` lines of --extendedDiagnostics output; values keep their unit's number (K, s). */
export function parseDiagnostics(stdout) {
  const found = {};
  for (const line of stdout.split("\n")) {
    const m = /^([A-Za-z][A-Za-z /-]*?):\s+([\d.]+)(K|s|ms)?\s*$/.exec(line.trim());
    if (!m) continue;
    const value = Number(m[2]);
    found[m[1]] = m[3] === "ms" ? value / 1000 : value;
  }
  return found;
}

export class TypeCheckFailed extends Error {}

/**
 * Runs every program under every compiler: per compiler one warm-up of each program, then `runs` rounds, each round
 * running all programs once, in an order rotated per round.
 * @returns {Promise<Array<{ compiler: string, version: string, programs: Array<object>, printed: string[] }>>}
 */
export async function benchTypecheck({ root, dir, programs, compilers, warmup, runs, log }) {
  const results = [];
  for (const compiler of compilers) {
    const tsc = join(root, compiler.bin);
    const samples = new Map(programs.map((p) => [p.id, []]));
    const printed = new Set();
    for (let round = -warmup; round < runs; round++) {
      const shift = ((round % programs.length) + programs.length) % programs.length;
      const order = [...programs.slice(shift), ...programs.slice(0, shift)];
      for (const p of order) {
        const r = await runNode(tsc, ["-p", p.tsconfig, "--extendedDiagnostics", "--noEmit"], { cwd: dir });
        if (r.code !== 0) {
          const errors = r.stdout
            .split("\n")
            .filter((l) => /error TS\d+/.test(l) || /^\s/.test(l))
            .slice(0, 60)
            .join("\n");
          throw new TypeCheckFailed(
            `${compiler.name}: ${p.id}.ts does not type-check (exit ${r.code}); a benchmark of code that does not compile is meaningless.\n` +
              `${errors || r.stdout}\n${r.stderr}`,
          );
        }
        const d = parseDiagnostics(r.stdout);
        for (const k of Object.keys(d)) printed.add(k);
        const label = round < 0 ? "warm-up" : `run ${round + 1}/${runs}`;
        log(
          `  ${compiler.name.padEnd(6)} ${p.id.padEnd(16)} ${label.padEnd(9)} check ${String(d["Check time"] ?? "?").padStart(6)} s` +
            `  total ${String(d["Total time"] ?? "?").padStart(6)} s  wall ${r.ms.toFixed(0).padStart(5)} ms`,
        );
        if (round >= 0) samples.get(p.id).push({ ...d, wall: r.ms, rss: r.rssKiB });
      }
    }
    results.push({
      compiler: compiler.name,
      version: compiler.version,
      printed: [...printed],
      programs: programs.map((p) => {
        const list = samples.get(p.id);
        const metrics = {};
        for (const key of [...METRICS, "wall", "rss"]) {
          const values = list.map((s) => s[key]).filter((v) => v !== undefined);
          metrics[key] = values.length ? summarize(values) : undefined;
        }
        return { ...p, source: undefined, metrics, rounds: list };
      }),
    });
  }
  return results;
}

/**
 * Per metric the compiler printed: for each of our programs with requests, the whole-program ratio against the SDK
 * program (medians) and the per-request cost. The per-request cost pairs each round's program run with the same
 * round's run of its baseline, (program − baseline) / requests, summarized over rounds, so load that drifts between
 * rounds cancels out.
 * @returns {{ columns: Array<{ id: string, short: string }>, rows: Array<object> }}
 */
export function typecheckRatios(result) {
  const by = Object.fromEntries(result.programs.map((p) => [p.id, p]));
  const sdk = by["sdk-annotation"];
  const ours = result.programs.filter((p) => p.requests > 0 && p !== sdk && !p.scenario);
  const keys = ["Check time", "Total time", "wall", "Instantiations", "Types", "Memory used", "rss"].filter((k) => sdk.metrics[k]);
  const med = (p, k) => p.metrics[k]?.median ?? Number.NaN;
  const perRequest = (p, k) =>
    summarize(p.rounds.map((sample, round) => (sample[k] - (by[p.baseline].rounds[round]?.[k] ?? Number.NaN)) / p.requests));
  return {
    columns: ours.map((p) => ({ id: p.id, short: p.short, whatIf: p.whatIf === true })),
    rows: keys.map((k) => ({
      metric: k,
      whole: ours.map((p) => med(p, k) / med(sdk, k)),
      delta: ours.map((p) => perRequest(p, k)),
      sdkDelta: perRequest(sdk, k),
    })),
  };
}
