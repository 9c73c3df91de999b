// Renders the app scenario of BENCHMARKS.md (bench/apps.mjs): per compiler, the app programs' tsc counters and their
// ratios against the SDK-only app measured in the same rounds, and the 1.10× total-time target.
import { APP_PEER } from "./apps.mjs";
import { deltaRatio, fmtDelta, METRIC_ROWS, programTable } from "./report.mjs";
import { fmtRatio, ratio, summarize, table } from "./stats.mjs";

export const APP_TARGET = 1.1;
const met = (ok) => (ok ? "**met**" : "**not met**");
const KEYS = ["Total time", "Check time", "wall", "Instantiations", "Types", "Memory used", "rss"];
const label = (metric) => METRIC_ROWS.find(([key]) => key === metric)?.[1] ?? metric;

/** Per metric: each style's median over the peer's median, and the per-request costs (paired by round). */
export function appRatios(result) {
  const apps = result.programs.filter((p) => p.scenario === "app");
  const by = Object.fromEntries(apps.map((p) => [p.id, p]));
  const peer = by[APP_PEER];
  const styles = apps.filter((p) => p.short && p !== peer);
  const med = (p, k) => p.metrics[k]?.median ?? Number.NaN;
  const perRequest = (p, k) =>
    summarize(p.rounds.map((sample, round) => (sample[k] - (by[p.baseline].rounds[round]?.[k] ?? Number.NaN)) / p.requests));
  const keys = KEYS.filter((k) => peer.metrics[k]);
  return {
    apps,
    styles,
    rows: keys.map((k) => ({
      metric: k,
      whole: styles.map((p) => ratio(med(p, k), med(peer, k))),
      delta: styles.map((p) => (p.requests > 0 ? perRequest(p, k) : undefined)),
      peerDelta: perRequest(peer, k),
    })),
  };
}

function compilerAppTables(result) {
  const { apps, styles, rows } = appRatios(result);
  const total = rows.find((r) => r.metric === "Total time");
  const withRequests = styles.map((p, i) => ({ p, i })).filter(({ p }) => p.requests > 0);
  return [
    `### TypeScript ${result.version} (\`${result.compiler}\`)`,
    "",
    programTable(apps),
    "",
    table(
      ["whole app, style / SDK-only app", ...styles.map((p) => p.short)],
      rows.map((r) => [label(r.metric), ...r.whole.map(fmtRatio)]),
    ),
    "",
    table(
      [`per request: (app − its baseline) / ${withRequests[0]?.p.requests}`, ...withRequests.map(({ p }) => p.short), "SDK only"],
      rows.map((r) => [label(r.metric), ...withRequests.map(({ i }) => fmtDelta(r.metric, r.delta[i])), fmtDelta(r.metric, r.peerDelta)]),
    ),
    "",
    table(
      ["per request, style / SDK only", ...withRequests.map(({ p }) => p.short)],
      rows.map((r) => [label(r.metric), ...withRequests.map(({ i }) => deltaRatio(r.metric, r.delta[i], r.peerDelta))]),
    ),
    "",
    total
      ? `Target (total tsc time at most ${APP_TARGET.toFixed(2)}× the SDK-only app's): ` +
        styles.map((p, i) => `${p.short} ${met(total.whole[i] <= APP_TARGET)} (${fmtRatio(total.whole[i])})`).join(", ") +
        "."
      : "This compiler did not print a total time.",
  ].join("\n");
}

/** The section; `notes` are paragraphs the caller adds (the floor analysis, which needs numbers of other sections). */
export function appSection(tc, cfg, notes = []) {
  return [
    "## 2b. The price of adoption: an app that calls the SDK with modelgate's requests",
    "",
    ...tc.map(compilerAppTables).flatMap((t) => [t, ""]),
    `How it was measured: the same ${cfg.requestCount} requests as in section 2, each passed to ` +
      "`client.chat.completions.create(...)` of the official SDK (openai " +
      `${cfg.openaiVersion}, \`import OpenAI from "openai"\`, \`declare const client: OpenAI\`; types only, nothing ` +
      "runs), one file per style (bench/apps.mjs): plain object literals (the SDK-only app, the peer every ratio is " +
      "against); `chatCompletionRequest({ model, ... })` inside `create()`; the model's own builder " +
      "(`gpt4oRequest({ ... })`) inside `create()`; a `const` annotated with `CreateChatCompletionRequest` passed to " +
      "`create()`; and an app that imports modelgate and the SDK and makes no request (imports only). The SDK's " +
      "`create()` has three overloads (non-streaming, streaming, either), so every argument is related to up to three " +
      "parameter types. These programs run in the same rounds as section 2's (same compilers, options, warm-up and " +
      "rotation), so each ratio compares medians measured side by side. The per-request tables subtract a baseline " +
      "with the same imports and no request (the SDK-only app's: the SDK import alone; the styles': both imports), " +
      "paired by round. The target is on tsc's own total time (parse, bind, check), the whole cost of a build.",
    ...notes.flatMap((n) => ["", n]),
  ].join("\n");
}

/** The standalone program of section 2 whose requests are built the way an app style builds them. */
const STANDALONE = { "app-generic": "ours-builder", "app-per-model": "ours-per-model", "app-annotation": "ours-annotation" };

/**
 * Where the floor is, per compiler and style: the imports-only app's total plus the check time of the same requests
 * without the SDK (section 2's program minus its baseline), over the SDK-only app's total. That assumes relating the
 * built request to `create()`'s parameter types costs nothing, so no app of that style can do better with these types.
 */
export function appFloors(tc) {
  return tc.map((result) => {
    const by = Object.fromEntries(result.programs.map((p) => [p.id, p]));
    const med = (id, k) => by[id]?.metrics[k]?.median ?? Number.NaN;
    const peer = med(APP_PEER, "Total time");
    const imports = med("app-imports", "Total time");
    return {
      compiler: result.compiler,
      version: result.version,
      imports: ratio(imports, peer),
      styles: Object.entries(STANDALONE).map(([app, own]) => ({
        short: by[app]?.short,
        ownCheck: med(own, "Check time") - med("ours-baseline", "Check time"),
        sdkCheck: med(APP_PEER, "Check time") - med("app-sdk-baseline", "Check time"),
        floor: ratio(imports + med(own, "Check time") - med("ours-baseline", "Check time"), peer),
        measured: ratio(med(app, "Total time"), peer),
      })),
    };
  });
}

export function floorNote(tc) {
  const rows = appFloors(tc).flatMap((f) =>
    f.styles.map((s) => [
      `TypeScript ${f.version}`,
      s.short,
      fmtRatio(f.imports),
      `${(s.ownCheck * 1000).toFixed(0)} ms`,
      `${(s.sdkCheck * 1000).toFixed(0)} ms`,
      fmtRatio(s.floor),
      fmtRatio(s.measured),
    ]),
  );
  return [
    "### Where the floor is",
    "",
    table(
      [
        "compiler",
        "style",
        "imports only / SDK-only app",
        "our check of the requests alone (section 2)",
        "SDK's check of its literals",
        "floor / SDK-only app",
        "measured / SDK-only app",
      ],
      rows,
    ),
    "",
    "The floor adds two costs that an app of each style pays whatever `create()` does with the result: loading " +
      "modelgate's declarations (the imports-only app) and checking the 50 requests against modelgate's types (the " +
      "check time of section 2's program for the style, minus its baseline's), and assumes relating the built request " +
      "to `create()`'s parameter types is free. The SDK-only app pays its own check of the literals instead, shown " +
      "beside it. A style whose floor is above the target cannot meet it without making modelgate's own check cheaper " +
      "(the what-if unions of section 2 show the price of the dependent-parameter cases) or its declarations smaller.",
  ].join("\n");
}
