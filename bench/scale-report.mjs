// Renders the scale section of BENCHMARKS.md (bench/scale.mjs): generation time and per-request check cost with the
// real spec and overlay and with a synthetic pair that has ten times the model ids.
import { FACTOR, scaledPerRequest } from "./scale.mjs";
import { fmtInt, fmtMs, fmtRatio, fmtSummary, ratio, table } from "./stats.mjs";

export const CHECK_GROWTH_TARGET = 1.5;
const met = (ok) => (ok ? "**met**" : "**not met**");
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

function generationTable(sc) {
  const g = sc.generation;
  const timeRatio = ratio(g.ms.synthetic.median, g.ms.real.median);
  const idRatio = sc.models.synthetic / sc.models.real;
  return {
    text: [
      table(
        ["input", "model ids (overlay)", "generation wall time, median (min–max)", "output"],
        ["real", "synthetic"].map((n) => [n, fmtInt(sc.models[n]), fmtSummary(g.ms[n], fmtMs), kib(g.bytes[n])]),
      ),
      "",
      `Generation time grew ${fmtRatio(timeRatio)} for ${fmtRatio(idRatio)} the model ids (output ` +
        `${fmtRatio(g.bytes.synthetic / g.bytes.real)}). Target (at most linear: time ratio no more than the ids' ` +
        `ratio): ${met(timeRatio <= idRatio)}.`,
    ].join("\n"),
  };
}

function checkTable(result) {
  const check = scaledPerRequest(result, "Check time");
  const counts = ["Types", "Instantiations"].map((k) => scaledPerRequest(result, k));
  const ms = (s) => `${(s * 1000).toFixed(2)} ms`;
  const rows = check.map((c, i) => {
    const growth = ratio(c.synthetic.median, c.real.median);
    return {
      growth,
      cells: [
        c.short,
        fmtSummary(c.real, ms),
        fmtSummary(c.synthetic, ms),
        fmtRatio(growth),
        ...counts.flatMap((k) => [
          `${k[i].real.median.toFixed(1)} → ${k[i].synthetic.median.toFixed(1)}`,
          fmtRatio(ratio(k[i].synthetic.median, k[i].real.median)),
        ]),
      ],
    };
  });
  return [
    `### TypeScript ${result.version} (\`${result.compiler}\`)`,
    "",
    table(
      [
        "style",
        "check time per request, real",
        `… with ${FACTOR}× the ids`,
        "growth",
        "types per request",
        "growth",
        "instantiations per request",
        "growth",
      ],
      rows.map((r) => r.cells),
    ),
    "",
    `Target (per-request check time grows by at most ${CHECK_GROWTH_TARGET.toFixed(1)}×): ` +
      check.map((c, i) => `${c.short} ${met(rows[i].growth <= CHECK_GROWTH_TARGET)} (${fmtRatio(rows[i].growth)})`).join(", ") +
      ".",
  ].join("\n");
}

export function scaleSection(sc, cfg) {
  return [
    `## 2d. Scale: ${FACTOR}× the model ids`,
    "",
    generationTable(sc).text,
    "",
    ...sc.checks.flatMap((result) => [checkTable(result), ""]),
    `How it was measured: bench/scale.mjs derives both inputs at run time from \`${cfg.specLabel}\` and ` +
      `overlays/openai.yaml (nothing of them is written to the repository): every model id of the overlay's \`models:\` ` +
      `gets ${FACTOR - 1} clones (\`<id>-syn1\` …), listed in every enum of the spec right after the id ` +
      `(${fmtInt(sc.enumIdsAdded)} enum values added) and in the overlay as \`<clone>: { extends: <id> }\`, so each clone ` +
      "has its original's rules. The real pair goes through the same conversion (the spec written as JSON, the " +
      "overlay re-dumped as YAML), so both load the same way. Generation: `modelgate generate --spec --overlay --out`, " +
      `1 warm-up run each, then ${cfg.scaleGenRuns} measured runs each, alternating, wall time from spawn to exit. ` +
      "Check cost: section 2's modelgate programs (the same 50 requests, whose ids exist in both) and their baseline, " +
      `compiled against each output as in section 2 (1 warm-up round, ${cfg.tscRuns} rounds); per request is ` +
      "(program − baseline) / 50, paired by round, median (min–max). The 50 requests use the real ids, so the growth " +
      "is what more ids cost a program that does not use them.",
  ].join("\n");
}
