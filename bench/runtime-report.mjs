// Renders the tree-shaking and runtime-throughput sections of BENCHMARKS.md (see treeshake.mjs and runtime.mjs).
import { fmtInt, fmtRatio, fmtSummary, ratio, table } from "./stats.mjs";
import { TABLE_MARKERS } from "./treeshake.mjs";

const met = (ok) => (ok ? "**met**" : "**not met**");
const bytes = (n) => (n >= 10_240 ? `${(n / 1024).toFixed(1)} KiB` : `${fmtInt(n)} B`);
const pct = (part, whole) => (whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : "n/a");
const yesNo = (b) => (b ? "yes" : "no");
const code = (s) => `\`${s}\``;
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

function leftovers(e) {
  const all = ["neutral", "browser"].flatMap((p) => [...e.builds[p].nodeInputs, ...e.builds[p].imports]);
  return all.length ? [...new Set(all)].join(", ") : "none";
}

function sizeRow(e, all) {
  const { neutral, browser } = e.builds;
  return [
    e.label,
    bytes(neutral.bytes),
    bytes(neutral.gzipBytes),
    bytes(browser.bytes),
    bytes(browser.gzipBytes),
    pct(neutral.gzipBytes, all.builds.neutral.gzipBytes),
    ...TABLE_MARKERS.map((m) => yesNo(e.markers[m])),
    leftovers(e),
  ];
}

export function treeshakeSection(ts) {
  const byKey = (key) => ts.entries.find((e) => e.key === key);
  const [builder, validate, chat, all] = ["builder", "validate", "validate-chat", "all"].map(byKey);
  const chatSmall = chat.builds.browser.gzipBytes <= 10 * 1024;
  const noTable = TABLE_MARKERS.every((m) => !builder.markers[m]);
  const tableSeen = TABLE_MARKERS.every((m) => validate.markers[m]);
  const clean = ts.entries.every((e) => leftovers(e) === "none");
  const controlFails = ["neutral", "browser"].every((p) => !ts.control[p].ok);
  return [
    "## 3. Tree-shaking: what a consumer's bundle pulls in",
    "",
    table(
      [
        "entry (imports generated/index.ts)",
        "neutral: minified",
        "neutral: gzip",
        "browser: minified",
        "browser: gzip",
        "gzip, share of (c)",
        ...TABLE_MARKERS.map((m) => `holds "${m}"`),
        "Node built-ins or imports left",
      ],
      [...ts.entries.map((e) => sizeRow(e, all)), sizeRow(ts.zod, all)],
    ),
    "",
    table(
      ["property", "result"],
      [
        ["(a) one builder pulls in no capability table (no marker in its bundle)", met(noTable)],
        ["(b) the validator's bundle holds the table (the control: the check can see it)", yesNo(tableSeen)],
        [
          "(b2) one endpoint's validator (chat) bundled for the browser is at most 10 KiB gzip",
          `${met(chatSmall)} (${bytes(chat.builds.browser.gzipBytes)}; all nine endpoints' tables: ${bytes(validate.builds.browser.gzipBytes)})`,
        ],
        ["every entry bundles for `neutral` and `browser`, no Node built-in, nothing left to import", met(clean)],
        [
          "control: an entry importing `node:fs` fails to bundle for both platforms",
          `${yesNo(controlFails)} (${["neutral", "browser"].map((p) => `${p}: ${ts.control[p].errors.join("; ") || "built"}`).join(", ")})`,
        ],
      ],
    ),
    "",
    `How it was measured: each entry is a few lines of source (bench/treeshake.mjs), bundled by esbuild-wasm ${ts.esbuildVersion} ` +
      "(`bundle`, `format: esm`, `minify`, `treeShaking`) from source text beside the repo, once with `platform: neutral` and " +
      "once with `platform: browser`; the bytes are of the one output file, gzip is node:zlib at level 9. (a) calls " +
      "`o3Request` and exports the result, (b) calls `validateRequest` and exports the result, (c) re-exports the whole " +
      "namespace so nothing can be dropped. The markers are strings that occur only in the capability table's data " +
      `(${code(TABLE_MARKERS[0])} is a source key, ${code(TABLE_MARKERS[1])} part of a message), never in a builder; the types that also ` +
      "spell them are erased. Neither platform resolves Node built-ins, so a bundle that builds for both needs none: the " +
      "control entry shows such an import fails the build. The zod row is context, not a peer: the hand-written schema " +
      "of section 4 for two models, bundled the same way; zod's own code is most of it. Sizes are exact for a given " +
      "esbuild version; the share of (c) is the comparison that carries across versions. " +
      "test/runtime/treeshake.test.ts asserts the (a)/(b) property; the sizes are only measured here.",
  ].join("\n");
}

export function runtimeSection(rt) {
  const [ours, ...peers] = rt.results;
  const ops = (s) => fmtSummary(s, fmtInt);
  return [
    "## 4. Runtime: `validateRequest` throughput vs a hand-written check and zod",
    "",
    table(
      ["validator", ...rt.inputs.map((i) => `${i.label}, ops/s median (min–max)`)],
      rt.results.map((r) => [r.label, ...rt.inputs.map((i) => ops(r.ops[i.key]))]),
    ),
    "",
    table(
      ["modelgate ÷ peer, ops/s (above 1×: modelgate is faster)", ...rt.inputs.map((i) => i.label)],
      peers.map((p) => [p.label, ...rt.inputs.map((i) => fmtRatio(ratio(ours.ops[i.key].median, p.ops[i.key].median)))]),
    ),
    "",
    "How it was measured: one Node process, after the bundles above were built and esbuild was stopped. The generated " +
      "runtime is generated/index.ts bundled by esbuild-wasm to a temporary .mjs and imported (no tsc step). The inputs " +
      "(bench/runtime-requests.mjs) are plain JSON: a gpt-4o request with a system and a user message, one function tool " +
      "with a strict JSON-schema, a `json_schema` response format, temperature, max_completion_tokens, `stream: false` " +
      "and metadata; and the same request for o3 with `logprobs: true` and `temperature: 0.2`, which o3 refuses. " +
      "Before timing, every validator runs on both inputs and must flag nothing on the first and exactly logprobs and " +
      `temperature on the second; the if-chain's result ${rt.sameResult ? "is" : "is **not**"} deep-equal to validateRequest's ` +
      "(same messages, models and sources). Timing: " +
      `${plural(rt.warmup, "warm-up round")} (not counted), then ${plural(rt.batches, "round")}; each round runs a batch of ` +
      `${fmtInt(rt.calls)} calls of every (validator, input) pair, in an order rotated every round, and a batch's ops/s ` +
      "is calls / its `performance.now()` time; cells are median (min–max) over rounds, and every call's verdict is " +
      "checked. The peers are hand-written for this benchmark, for these two models only: the if-chain " +
      "(bench/runtime-ifchain.mjs) checks the same rules and returns the same result, with the rules as code; the zod " +
      "schema (bench/runtime-zod.mjs) is what a zod user would write for this request, not compiled from the spec: " +
      "it also checks the types and shapes of the values it lists (messages, tools, response format, numbers), which " +
      "modelgate leaves to the compile-time types, while it does not report unknown keys (zod strips them) and its " +
      "messages are shorter. modelgate's validator reads its rules from the table for every served model. Ratios " +
      "are of medians from the same run.",
  ].join("\n");
}
