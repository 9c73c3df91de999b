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
  const [types, insts] = ["Types", "Instantiations"].map((k) => scaledPerRequest(result, k));
  const ms = (s) => `${(s * 1000).toFixed(2)} ms`;
  const growthOf = (c, way) => ratio(c.synthetic[way].median, c.real[way].median);
  const timeCells = (c, way) => [fmtSummary(c.real[way], ms), fmtSummary(c.synthetic[way], ms), fmtRatio(growthOf(c, way))];
  const countCells = (c, way) => [`${c.real[way].median.toFixed(1)} → ${c.synthetic[way].median.toFixed(1)}`, fmtRatio(growthOf(c, way))];
  const further = check.map((c) => growthOf(c, "further"));
  return [
    `### TypeScript ${result.version} (\`${result.compiler}\`)`,
    "",
    table(
      [
        "style",
        "check time of each further request, real",
        `… with ${FACTOR}× the ids`,
        "growth",
        "types per further request",
        "growth",
        "instantiations per further request",
        "growth",
      ],
      check.map((c, i) => [c.short, ...timeCells(c, "further"), ...countCells(types[i], "further"), ...countCells(insts[i], "further")]),
    ),
    "",
    `Target (per-request check time grows by at most ${CHECK_GROWTH_TARGET.toFixed(1)}×): ` +
      check.map((c, i) => `${c.short} ${met(further[i] <= CHECK_GROWTH_TARGET)} (${fmtRatio(further[i])})`).join(", ") +
      ".",
    "",
    table(
      [
        "style",
        "the first request's check time (once per program), real",
        `… with ${FACTOR}× the ids`,
        "growth",
        "types",
        "growth",
        `check time per request over all ${result.programs.find((p) => !p.first && p.requests > 0)?.requests} (first included), real`,
        `… with ${FACTOR}× the ids`,
        "growth",
      ],
      check.map((c, i) => [
        c.short,
        ...(c.firstComparable ? [...timeCells(c, "first"), ...countCells(types[i], "first")] : Array(5).fill("n/a (imports differ)")),
        ...timeCells(c, "amortized"),
      ]),
    ),
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
      "Check cost: section 2's modelgate programs (the same 50 requests, whose ids exist in both), the same programs " +
      "with their first request only, and their baseline (the imports, no request), compiled against each output as " +
      `in section 2 (1 warm-up round, ${cfg.scaleTscRuns} rounds: more than section 2's, as TypeScript 7 checks a request in well under a millisecond), every difference paired by round, median (min–max). ` +
      "The first request of a program pays once for what the later ones reuse: the compiler resolves the union's " +
      "members and the literal types of all their model ids the first time a request is checked against it, so that " +
      "cost grows with the ids whatever the program does; it is (first-request program − baseline), given where the " +
      "two load the same declarations (the per-model programs import only the builders they call, so theirs would " +
      "also hold the difference in imports). What each " +
      "further request costs, the cost the target is about, is (program − first-request program) / 49. The last " +
      "columns spread both over the 50 requests, (program − baseline) / 50, as this section reported them before " +
      "they were split. The 50 requests use the real ids, so the growth is what more ids cost a program that does " +
      "not use them.",
  ].join("\n");
}
