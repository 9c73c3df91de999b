// Renders the benchmark results as markdown (printed to stdout and written to BENCHMARKS.md).

import { runtimeSection, treeshakeSection } from "./runtime-report.mjs";
import { fmtInt, fmtMiB, fmtMs, fmtRatio, fmtSec, fmtSummary, ratio, table } from "./stats.mjs";
import { typecheckRatios } from "./typecheck.mjs";

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const met = (ok) => (ok ? "**met**" : "**not met**");

function generationSection(gen, cfg) {
  const [mg, ots] = gen.tools;
  const timeRatio = ratio(mg.ms.median, ots.ms.median);
  const rssRatio = ratio(mg.rss.median, ots.rss.median);
  return [
    "## 1. Generation: `modelgate generate` vs `openapi-typescript`",
    "",
    table(
      ["tool", "wall time, median (min–max)", "max RSS, median (min–max)", "output"],
      gen.tools.map((t) => [t.name, fmtSummary(t.ms, fmtMs), fmtSummary(t.rss, fmtMiB), kib(t.outputBytes)]),
    ),
    "",
    table(
      ["modelgate / openapi-typescript", "ratio of medians", "target"],
      [
        ["wall time", fmtRatio(timeRatio), `< 0.33× (a third of its time): ${met(timeRatio < 1 / 3)}`],
        ["max RSS", fmtRatio(rssRatio), "none set"],
      ],
    ),
    "",
    `How it was measured: each tool ran as its own child process on \`${cfg.specLabel}\`, ${cfg.genWarmup} warm-up run each ` +
      `(not counted), then ${cfg.genRuns} measured runs each, the two tools alternating and taking turns going first, one at a ` +
      "time (never in parallel on this 2-core machine). Wall time is `performance.now()` from spawn to exit, so it includes " +
      `Node start-up and module loading for both tools; max RSS is ${cfg.rssMethod}. modelgate wrote to a fresh empty folder ` +
      "each run (so it always parsed, resolved and wrote everything); openapi-typescript wrote one .d.ts of the whole spec. " +
      "The tools do different work: openapi-typescript types every path and schema of the spec, modelgate only the endpoints " +
      "the overlay covers (the default overlay: all nine of the contract table) but per model, from the spec plus the capability overlay; the output column shows how much " +
      "each wrote. The ratio is of medians from the same run, so it holds on another machine better than the absolute numbers.",
  ].join("\n");
}

export const METRIC_ROWS = [
  ["Check time", "check time", fmtSec],
  ["Total time", "total time (tsc's own)", fmtSec],
  ["wall", "wall time (process)", fmtMs],
  ["Instantiations", "instantiations", fmtInt],
  ["Types", "types", fmtInt],
  ["Memory used", "memory used (tsc's own)", (k) => fmtMiB(k)],
  ["rss", "max RSS (process)", fmtMiB],
];

const EXACT = new Set(["Instantiations", "Types", "Files"]);

function deltaFormat(metric) {
  if (metric === "Check time" || metric === "Total time") return (s) => `${(s * 1000).toFixed(1)} ms`;
  if (metric === "wall") return (ms) => `${ms.toFixed(1)} ms`;
  if (metric === "Memory used" || metric === "rss") return (k) => `${k.toFixed(0)} KiB`;
  return (n) => n.toFixed(1);
}

/** A per-request delta: the median, plus the min–max over rounds unless the counter is exact. */
export function fmtDelta(metric, summary) {
  const f = deltaFormat(metric);
  if (!summary || summary.n === 0) return "n/a";
  return EXACT.has(metric) ? f(summary.median) : fmtSummary(summary, f);
}

/** Ratio of two per-request deltas; n/a when a median is not positive or a range straddles zero (noise). */
export function deltaRatio(metric, ours, sdk) {
  const noisy = (s) => !s || !(s.median > 0) || (!EXACT.has(metric) && s.min <= 0);
  return noisy(ours) || noisy(sdk) ? "n/a (noise)" : fmtRatio(ratio(ours.median, sdk.median));
}

/** The program table of one compiler's results: one row per program, median (min–max) per metric. */
export function programTable(programs) {
  const rows = METRIC_ROWS.filter(([key]) => programs.some((p) => p.metrics[key]));
  return table(
    ["program", "requests", "files", ...rows.map(([, label]) => label)],
    programs.map((p) => [
      p.label,
      String(p.requests),
      fmtInt(p.metrics.Files?.median),
      ...rows.map(([key, , f]) => (p.metrics[key] ? fmtSummary(p.metrics[key], f) : "n/a")),
    ]),
  );
}

function compilerTables(result) {
  const programs = programTable(result.programs.filter((p) => !p.scenario));
  const { columns, rows: ratios } = typecheckRatios(result);
  const label = (metric) => METRIC_ROWS.find(([key]) => key === metric)?.[1] ?? metric;
  const wholeTable = table(
    ["whole program, ours / SDK", ...columns.map((c) => c.short)],
    ratios.map((r) => [label(r.metric), ...r.whole.map(fmtRatio)]),
  );
  const deltaTable = table(
    [`per request: (program − baseline) / ${result.programs.find((p) => p.requests > 0)?.requests}`, ...columns.map((c) => c.short), "SDK"],
    ratios.map((r) => [label(r.metric), ...r.delta.map((d) => fmtDelta(r.metric, d)), fmtDelta(r.metric, r.sdkDelta)]),
  );
  const deltaRatioTable = table(
    ["per request, ours / SDK", ...columns.map((c) => c.short)],
    ratios.map((r) => [label(r.metric), ...r.delta.map((d) => deltaRatio(r.metric, d, r.sdkDelta))]),
  );
  const check = ratios.find((r) => r.metric === "Check time");
  // The target applies to modelgate's output; the what-if unions are measurements of types it does not emit.
  const targeted = columns.map((c, i) => ({ c, i })).filter(({ c }) => !c.whatIf);
  // This section's old target (check time no more than the SDK's) was replaced by section 2b's app scenario.
  const verdict = check
    ? "No target here: the check time no more than the SDK's, measured in programs that import either one, was " +
      "replaced by section 2b's app, which imports both (its target is on the whole build). Check time, whole " +
      "program: " +
      targeted.map(({ c, i }) => `${c.short} ${fmtRatio(check.whole[i])}`).join(", ") +
      "; per request: " +
      targeted.map(({ c, i }) => `${c.short} ${deltaRatio("Check time", check.delta[i], check.sdkDelta)}`).join(", ") +
      " of the SDK's."
    : "";
  const missing = ["Check time", "Instantiations", "Memory used", "Total time"].filter((k) => !result.printed.includes(k));
  return [
    `### TypeScript ${result.version} (\`${result.compiler}\`)`,
    "",
    programs,
    "",
    wholeTable,
    "",
    deltaTable,
    "",
    deltaRatioTable,
    "",
    verdict,
    missing.length ? `\nThis compiler did not print: ${missing.join(", ")}.` : "",
  ].join("\n");
}

function typecheckSection(tc, cfg) {
  return [
    "## 2. Type-checking a consumer: modelgate's types vs the SDK's `ChatCompletionCreateParams`",
    "",
    cfg.staleFiles?.length
      ? `**Note:** the committed generated/ differs from the current build's output in ${cfg.staleFiles.join(", ")}; ` +
        "these numbers are for the current build's output. Run `npm run generate` and commit."
      : "The consumers import the current build's output for the spec as a user gets it by default, with the spec's " +
        "descriptions as doc comments; written with `--no-docs`, that output is identical to the committed generated/.",
    "",
    ...tc.map(compilerTables),
    "",
    `How it was measured: one list of ${cfg.requestCount} valid chat requests (bench/requests.mjs: ${cfg.modelSummary}; with ` +
      "system, developer, user, image, assistant tool-call and tool messages, function tools and tool_choice, json_schema " +
      "and json_object response formats, streaming with stream_options, sampling parameters where the model accepts them, " +
      "log probabilities, predicted outputs, store with metadata, web search and audio options) was printed into one " +
      "file per way of typing them: each request a `const` annotated with modelgate's `CreateChatCompletionRequest` " +
      "union; each passed to modelgate's generic `chatCompletionRequest({...})` builder; each passed, without its " +
      "`model`, to its model's builder (`gpt4oRequest({...})`); and each annotated with the official SDK's " +
      "`ChatCompletionCreateParams` (from `openai/resources/chat/completions`, openai " +
      `${cfg.openaiVersion}). Each program is compiled alone by \`tsc -p <its tsconfig> --extendedDiagnostics --noEmit\` ` +
      "(strict, NodeNext ESM, skipLibCheck, `types: []`) as a child process, one at a time: per compiler " +
      `${cfg.tscWarmup} warm-up round, then ${cfg.tscRuns} measured rounds, each running every program once in a rotated ` +
      "order; cells are median (min–max). The bench exits non-zero if any program fails to type-check. " +
      "Nothing is subtracted in the program table or the whole-program ratios, and those are what a consumer pays. The " +
      "SDK import pulls in the whole SDK's declaration files and @types/node (see the files column), which skipLibCheck " +
      "does not re-check. modelgate's output is declaration files plus JavaScript, but for its entry file (index.ts, " +
      "re-exports only), so skipLibCheck skips it as it skips the SDK's: what a program pays for is what its requests " +
      "use. " +
      "Each program with requests has a baseline with the same imports and no request; the per-request " +
      "tables give (program − baseline) / requests, each run paired with its baseline's run in the same round, median " +
      "(min–max) over rounds. A measured delta whose range reaches zero or below is noise, and its ratio is shown as " +
      "n/a; the instantiation and type counts are exact and the same on every run. Check time, instantiations and types " +
      "are tsc's own counters; 'memory used' is tsc's own figure (the JS heap for TypeScript 5, the Go runtime's figure " +
      "for TypeScript 7: compare it only within one compiler); wall time and max RSS are of the whole tsc process. " +
      "TypeScript 7 is the native (Go) compiler and checks in parallel, so its times are not comparable with " +
      "TypeScript 5's; only its ratios are.",
    "",
    ...whatIfNote(cfg),
  ].join("\n");
}

function whatIfNote(cfg) {
  const counts = cfg.whatIf;
  if (!counts) return [];
  return [
    "### Where the union's check time goes",
    "",
    `TypeScript checks an object literal against a union by trying members; its union has ${counts.members} members, ` +
      "because each dependent-parameter rule (`top_logprobs` needs `logprobs: true`, `stream_options` needs " +
      '`stream: true`, the GPT-5.1+ sampling rules that need `reasoning_effort: "none"`, ...) splits a model\'s member ' +
      "into one member per case. For unions of 10 or more object types whose discriminant is a literal in every member, " +
      "the checker instead looks a request's member up by its `model` literal (the union's \"key property\" in " +
      "TypeScript's checker); modelgate's union does not qualify, since a model id names several members (one per case) " +
      "and the fine-tune (`ft:` followed by any string) and unknown-model members are not literals. The two what-if columns measure " +
      "that, on unions derived from the generated declarations by bench/what-if.mjs, which modelgate does not emit: " +
      `"no variants" is the union without the dependent-parameter cases (${counts.noVariants} members), "keyed" is that ` +
      `as one interface per model family without the fine-tune and unknown-model members (${counts.keyed} members, ` +
      "eligible for the keyed lookup). Each gives up checks the real union makes (the dependent-parameter rules in a " +
      "plain annotation; fine-tuned and unknown ids in a plain annotation), so they show the price of those checks, not " +
      "an option. The per-model builders check one family's cases, not the whole union's.",
  ];
}

function busyNote(cfg) {
  const share = cfg.foreignCpuShare;
  if (!Number.isFinite(share)) return [];
  const pct = `${(share * 100).toFixed(0)}%`;
  if (share <= 0.1) return [`- Other processes used ${pct} of the CPU during the run (busy CPU time not spent by the benchmark).`];
  return [
    `- **Busy machine:** other processes used ${pct} of the CPU during the run (busy CPU time not spent by the ` +
      "benchmark). They competed for the cores, so times and their ratios are noisier than usual; the counts " +
      "(instantiations, types, files) and memory figures are not affected.",
  ];
}

/** The whole report. No dates or temporary paths, so the file changes only when the numbers or the setup do. */
export function renderReport({ machine, gen, tc, ts, rt, cfg, extra = [] }) {
  return [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (bench/run.mjs); every number below comes from the same run. Timing numbers vary from " +
      "run to run and machine to machine: read the ratios, which compare two tools measured side by side in that run.",
    "",
    "## Machine",
    "",
    `- Node ${machine.node} on ${machine.os}`,
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    ...busyNote(cfg),
    `- Compared with: openapi-typescript ${cfg.otsVersion}, openai ${cfg.openaiVersion} (types only), ` +
      cfg.compilers.map((c) => `TypeScript ${c.version}`).join(", ") +
      `, zod ${cfg.zodVersion}; bundled with esbuild-wasm ${cfg.esbuildVersion}`,
    "",
    generationSection(gen, cfg),
    "",
    typecheckSection(tc, cfg),
    "",
    ...extra.flatMap((section) => [section, ""]),
    ...(ts ? [treeshakeSection(ts), ""] : []),
    ...(rt ? [runtimeSection(rt), ""] : []),
  ].join("\n");
}
