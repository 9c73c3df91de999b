// Renders section 2c of BENCHMARKS.md (bench/editor.mjs): tsserver timings per app file, their ratios against the
// SDK-only file measured in the same rounds, the 1.25× target, and where the floor of open → diagnostics is.
import { cpus } from "node:os";
import { CHAT_FLOOR_COLUMN, FLOOR_PART_HEADERS, floorPartCells, floorParts, floorVerdict, fmtPaired } from "./floor.mjs";
import { fmtRatio, table } from "./stats.mjs";

const EDITOR_TARGETS = ["open → diagnostics", "open → diagnostics, CPU", "edit → completion"];
export const EDITOR_TARGET = 1.25;
const OPEN = "open → diagnostics";
const OPEN_CPU = "open → diagnostics, CPU";
const FLOOR_METRICS = [OPEN, OPEN_CPU];
const met = (ok) => (ok ? "**met**" : "**not met**");
const ms = (v) => `${v.toFixed(0)} ms`;
/** "1.23× (1.10×–1.40×)": the median of a file's per-round ratios against the peer (min–max). */
const fmt = (s) => (s.n > 1 ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : ms(s.median));

/**
 * The floor of open → diagnostics (`metric`: wall or CPU) per style with a flat what-if: each part is the median over
 * rounds of a difference of two files' ratios against the peer in the same round (paired, so a round's load cancels).
 */
export function editorFloors(ed, metric) {
  const by = Object.fromEntries(ed.programs.map((p) => [p.id, p]));
  return floorParts(ed.programs, (id) => by[id].ratios[metric]).map((f) => ({ ...f, metric }));
}

function floorNote(ed) {
  const files = ed.programs.filter((p) => p.scenario !== "app" || p.requests === 0 || p.id === ed.peer);
  const floors = FLOOR_METRICS.flatMap((metric) => editorFloors(ed, metric));
  const by = Object.fromEntries(ed.programs.map((p) => [p.id, p]));
  const direct = ed.programs.filter((p) => p.direct);
  return [
    "### Where the floor of open → diagnostics is",
    "",
    table(
      ["file", ...FLOOR_METRICS.flatMap((k) => [k, "/ SDK-only file, per round: median (min–max)"])],
      files.map((p) => [p.label, ...FLOOR_METRICS.flatMap((k) => [fmt(p.metrics[k]), fmtPaired(p.roundRatios[k])])]),
    ),
    "",
    table(
      ["style", "time", ...FLOOR_PART_HEADERS, "floor (flat) / SDK-only file", "measured / SDK-only file"],
      floors.map((f) => [f.short, f.metric === OPEN ? "wall" : "CPU", ...floorPartCells(f)]),
    ),
    "",
    table(
      [
        "importing",
        ...FLOOR_METRICS.flatMap((k) => [`${k}: entry / SDK-only file`, "chat modules / SDK-only file", "chat modules, every rule flat"]),
      ],
      direct.map((p) => {
        const flat = ed.programs.find((q) => q.directFloorOf === p.direct);
        return [
          by[p.direct].short,
          ...FLOOR_METRICS.flatMap((k) => [
            fmtPaired(by[p.direct].roundRatios[k]),
            fmtPaired(p.roundRatios[k]),
            flat ? fmtPaired(flat.roundRatios[k]) : "n/a (no request)",
          ]),
        ];
      }),
    ),
    "",
    direct.some((p) => p.requests > 0)
      ? `Target (at most ${EDITOR_TARGET.toFixed(2)}× the SDK-only file's), importing the chat modules: ` +
        direct
          .filter((p) => p.requests > 0)
          .flatMap((p) =>
            FLOOR_METRICS.map((k) => {
              const v = p.roundRatios[k].median;
              return `${by[p.direct].short}, ${k} ${met(v <= EDITOR_TARGET)} (${fmtRatio(v)})`;
            }),
          )
          .join("; ") +
        "."
      : "",
    "",
    floors
      .filter((f) => f.metric === OPEN_CPU)
      .map((f) => floorVerdict({ subject: `${f.short} (CPU)`, thing: "file", ...f, target: EDITOR_TARGET }))
      .join(" "),
    "",
    "The parts are medians over rounds of differences between two files' ratios against the SDK-only file in the " +
      "same round (so they need not add up exactly) of open → diagnostics (wall time, and the tsserver process's CPU time, " +
      "user + system from /proc, which other processes on the cores barely move), as shares of the SDK-only file's: " +
      "the SDK-only app's " +
      "file without requests (building the program: the SDK's declarations, @types/node, the lib files); what its 50 " +
      "`create()` calls add; what importing modelgate as well adds with no request (the imports-only file: parsing and " +
      "binding modelgate's declarations); what the style's 50 calls add when every rule type is replaced by the spec's " +
      "flat parameters (`ChatCompletionsParamsBase`, which the generated per-model types extend; bench/what-if.mjs's " +
      "flat module: each builder keeps its signature's shape, `stream` literal, `NoInfer` and `StreamFlag`, the " +
      "annotation becomes one interface with a string `model`); and what the real rule types add on top. The flat " +
      "files import from modelgate's entry as the real ones do, so they load the same declarations. The floor is the " +
      "flat file's time: what the style would cost if checking modelgate's rules were free. The flat types give up " +
      "every rule, so they are a measurement, not an option. The last table is the same apps importing " +
      "modelgate's chat modules (`chat-completions.gen.js` for the builders, `chat-completions.types.gen.js` for " +
      "the union) instead of its entry (`index.js`, which re-exports all nine endpoints, so the program loads them all). " +
      CHAT_FLOOR_COLUMN,
  ].join("\n");
}

/** The editor section: tsserver timings per style and their ratios against the SDK-only file, then the floor. */
export function editorSection(ed, cfg) {
  const keys = Object.keys(ed.programs[0].metrics);
  const apps = ed.programs.filter((p) => p.scenario === "app" && p.requests > 0);
  const peer = apps.find((p) => p.id === ed.peer);
  const styles = apps.filter((p) => p !== peer);
  const r = (p, k) => p.roundRatios[k].median;
  return [
    "## 2c. The editor: tsserver on the app file",
    "",
    table(
      ["file", ...keys],
      apps.map((p) => [p.label, ...keys.map((k) => fmt(p.metrics[k]))]),
    ),
    "",
    table(
      ["style / SDK-only file, per round: median (min–max)", ...styles.map((p) => p.short)],
      keys.map((k) => [k, ...styles.map((p) => fmtPaired(p.roundRatios[k]))]),
    ),
    "",
    `Target (at most ${EDITOR_TARGET.toFixed(2)}× the SDK-only file's): ` +
      styles
        .flatMap((p) => EDITOR_TARGETS.map((k) => `${p.short}, ${k} ${met(r(p, k) <= EDITOR_TARGET)} (${fmtRatio(r(p, k))})`))
        .join("; ") +
      ".",
    "",
    floorNote(ed),
    "",
    `How it was measured: the app files of section 2b (bench/apps.mjs), with and without requests, and the floor's ` +
      "what-if files, each in its own folder with a tsconfig.json of the same compiler options, opened in TypeScript " +
      `${ed.version}'s tsserver (\`typescript5/lib/tsserver.js\`, driven over stdio by bench/tsserver.mjs), a fresh ` +
      "server process per file and round. open → diagnostics: from sending `open` (server start-up not counted) " +
      "until the file's `semanticDiag` event of a `geterr` sent right after it, so it includes building the program " +
      "and checking the whole file (which must have no diagnostic); its CPU time is the tsserver process's user + " +
      "system time over the same span (/proc/<pid>/stat). edit → completion: a `change` that types `t, ` " +
      `before \`messages:\` of request ${ed.edited} (a property being written), then \`completionInfo\` after the \`t\`, ` +
      "from sending the change until the completions arrive; the list must offer `tools`, so the cursor is read " +
      "against the request's type. edit → diagnostics: then a `geterr` until its `semanticDiag` event (the file is " +
      `checked again after the edit). ${cfg.editorWarmup} warm-up round, then ${cfg.editorRuns} rounds, each running ` +
      "every file once in an order rotated per round, so each file is measured beside the SDK-only file under the " +
      "same load; times are median (min–max) over rounds; every ratio is a file's time over the SDK-only file's in " +
      "the same round, given as the median over rounds (min–max: the noise). The machine is shared: its 1-minute load " +
      `average at the end of each round was ${ed.load.median.toFixed(1)} (${ed.load.min.toFixed(1)}–` +
      `${ed.load.max.toFixed(1)}) on ${cpus().length} cores.`,
  ].join("\n");
}
