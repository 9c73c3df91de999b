// Renders the app scenario of BENCHMARKS.md (bench/apps.mjs): per compiler, the app programs' tsc counters and their
// ratios against the SDK-only app measured in the same rounds, and the 1.10× total-time target.
import { APP_PEER } from "./apps.mjs";
import { CHAT_FLOOR_COLUMN, FLOOR_PART_HEADERS, floorPartCells, floorParts, floorVerdict, fmtPaired } from "./floor.mjs";
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

const TOTAL = "Total time";

/**
 * Where the floor is, measured, per compiler: every program's total time over the SDK-only app's in the same round
 * (paired, so a round's load cancels), and per style with a flat what-if the parts of that ratio: the SDK alone, its
 * 50 calls, loading modelgate's declarations, the style's 50 calls with every rule type flat, and the rules on top.
 * The floor is the flat program's ratio: what the style costs if checking modelgate's rules were free.
 */
export function appFloors(tc) {
  return tc.map((result) => {
    const by = Object.fromEntries(result.programs.map((p) => [p.id, p]));
    const r = (id) => by[id].rounds.map((sample, i) => sample[TOTAL] / by[APP_PEER].rounds[i][TOTAL]);
    return {
      compiler: result.compiler,
      version: result.version,
      files: result.programs
        .filter((p) => p.floorOf || p.coreOf || p.direct || p.directFloorOf || p.id === "app-sdk-baseline" || p.id === "app-imports")
        .map((p) => ({ label: p.label, paired: summarize(r(p.id)) })),
      floors: floorParts(result.programs, r),
      direct: result.programs
        .filter((p) => p.direct && by[p.direct])
        .map((p) => {
          const flat = result.programs.find((q) => q.directFloorOf === p.direct);
          return {
            short: by[p.direct].short,
            entry: summarize(r(p.direct)),
            chat: summarize(r(p.id)),
            flat: flat && summarize(r(flat.id)),
          };
        }),
    };
  });
}

export function floorNote(tc) {
  const floors = appFloors(tc);
  if (!floors.some((f) => f.floors.length)) return "";
  return [
    "### Where the floor is",
    "",
    table(
      ["compiler", "program", "total time / SDK-only app, per round: median (min–max)"],
      floors.flatMap((f) => f.files.map((x) => [`TypeScript ${f.version}`, x.label, fmtPaired(x.paired)])),
    ),
    "",
    table(
      ["compiler", "style", ...FLOOR_PART_HEADERS, "floor (flat) / SDK-only app", "measured / SDK-only app"],
      floors.flatMap((f) => f.floors.map((x) => [`TypeScript ${f.version}`, x.short, ...floorPartCells(x)])),
    ),
    "",
    table(
      [
        "compiler",
        "importing",
        "total time: entry / SDK-only app",
        "chat modules / SDK-only app",
        "chat modules, every rule flat / SDK-only app",
      ],
      floors.flatMap((f) =>
        f.direct.map((x) => [
          `TypeScript ${f.version}`,
          x.short,
          fmtPaired(x.entry),
          fmtPaired(x.chat),
          x.flat ? fmtPaired(x.flat) : "n/a (no request)",
        ]),
      ),
    ),
    "",
    floors
      .flatMap((f) =>
        f.floors.map((x) => floorVerdict({ subject: `TypeScript ${f.version}, ${x.short}`, thing: "app", ...x, target: APP_TARGET })),
      )
      .join(" "),
    "",
    floors
      .flatMap((f) =>
        f.direct
          .filter((x) => x.flat)
          .map((x) =>
            floorVerdict({
              subject: `TypeScript ${f.version}, ${x.short} through the chat modules`,
              thing: "app",
              floor: x.flat.median,
              measured: x.chat.median,
              target: APP_TARGET,
            }),
          ),
      )
      .join(" "),
    "",
    "The floor programs run in the same rounds as the apps above. Every number is a median over rounds of a program's " +
      "tsc total time over the SDK-only app's in the same round, or of a difference of two such ratios (so the parts " +
      "need not add up exactly), as shares of the SDK-only app's: the SDK-only app without requests (the SDK's " +
      "declarations, the lib files); what its 50 `create()` calls add; what importing modelgate as well adds with no " +
      "request (the imports-only app: parsing and binding modelgate's declarations); what the style's 50 calls add when " +
      "every rule type is replaced by the spec's flat parameters (`ChatCompletionsParamsBase`, which the generated " +
      "per-model types extend; bench/what-if.mjs's flat module: each builder keeps its signature's shape, `stream` " +
      "literal, `NoInfer` and `StreamFlag`, the generic builder's `ChatCompletionsParamsFor<M>` becomes the flat " +
      "parameters, the annotation becomes one interface with a string `model`); and what the real rule types add on top. " +
      "The flat programs import from modelgate's entry as the real ones do, so they load the same declarations. The " +
      "flat types give up every rule, so they are a measurement, not an option. The last table is the same apps " +
      "importing modelgate's chat modules (`chat-completions.gen.js` for the builders, `chat-completions.types.gen.js` " +
      "for the union) instead of its entry (`index.js`, which re-exports all nine endpoints). " +
      CHAT_FLOOR_COLUMN,
  ].join("\n");
}
