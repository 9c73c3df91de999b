// Where the floor of a style is (bench/apps-report.mjs for tsc's total time, bench/editor-report.mjs for tsserver's
// open → diagnostics): the parts of a style's ratio against the SDK-only app, from the app programs of bench/apps.mjs
// and the floor's what-if programs, measured in the same rounds.
import { APP_PEER } from "./apps.mjs";
import { fmtRatio, summarize } from "./stats.mjs";

const BASE = "app-sdk-baseline";
const IMPORTS = "app-imports";

/** "+12%" for a share of the peer's time. */
export const pct = (r) => `${r >= 0 ? "+" : ""}${(r * 100).toFixed(0)}%`;
/** A share, or why there is none (a style without that what-if). */
export const pctOr = (r) => (Number.isFinite(r) ? pct(r) : "n/a (no such what-if)");
/** "1.23× (1.10×–1.40×)": the median of per-round ratios (min–max). */
export const fmtPaired = (s) => `${fmtRatio(s.median)} (${fmtRatio(s.min)}–${fmtRatio(s.max)})`;

/**
 * One sentence per style: its floor (every rule flat) against the measured ratio and the target, and what stands
 * between. `subject` names the style and where it was measured; `thing` is "app" or "file".
 */
export function floorVerdict({ subject, thing, floor, measured, target, rules }) {
  const t = `${target.toFixed(2)}×`;
  // Without a paired median of the rules' share, it is the difference of the two medians, and says so.
  const cost = rules === undefined ? `${pct(measured - floor)}, a difference of medians` : pct(rules);
  return (
    `${subject}: with every rule flat the ${thing} is ${fmtRatio(floor)} the SDK-only ${thing}'s, measured ${fmtRatio(measured)}; ` +
    (floor > target
      ? `the floor is above the ${t} target, so no cheaper rule types can meet it.`
      : `the floor is within the ${t} target, so the rules' cost (${cost}) is what stands between.`)
  );
}

/** The method sentence for the chat-module floor column of the apps' and the editor's last floor table. */
export const CHAT_FLOOR_COLUMN =
  "Its last column is the flat what-ifs loading those chat modules instead of the entry (the same what-if " +
  "module, with the builders module or the union's types module re-exported beside it): the floor through the chat modules.";

/**
 * Per style with a flat what-if (`floorOf`), its ratio split into parts, each the median over rounds of a difference of
 * two programs' ratios against the peer in the same round (paired, so a round's load cancels): the SDK alone, its
 * calls, loading modelgate's declarations, the style's calls with every rule type flat, and the rules on top, split
 * by a core what-if (`coreOf`: rules on one parameter only) where there is one. `ratios(id)` is a program's per-round
 * ratios against the peer. The floor is the flat program's ratio: the style if checking modelgate's rules were free.
 */
export function floorParts(programs, ratios) {
  const by = Object.fromEntries(programs.map((p) => [p.id, p]));
  const med = (f) => summarize(ratios(APP_PEER).map((_, i) => f(i))).median;
  const part = (a, b) => med((i) => ratios(a)[i] - ratios(b)[i]);
  return programs
    .filter((p) => p.floorOf && by[p.floorOf])
    .map((flat) => {
      const core = programs.find((p) => p.coreOf === flat.floorOf);
      return {
        short: by[flat.floorOf].short,
        sdkOnly: med((i) => ratios(BASE)[i]),
        sdkCalls: med((i) => 1 - ratios(BASE)[i]),
        ourDeclarations: part(IMPORTS, BASE),
        flatCalls: part(flat.id, IMPORTS),
        rules: part(flat.floorOf, flat.id),
        single: core ? part(core.id, flat.id) : Number.NaN,
        dependent: core ? part(flat.floorOf, core.id) : Number.NaN,
        floor: med((i) => ratios(flat.id)[i]),
        measured: med((i) => ratios(flat.floorOf)[i]),
      };
    });
}

/** The parts' column headers, after the caller's own first columns. */
export const FLOOR_PART_HEADERS = [
  "SDK alone, no calls",
  "+ SDK's check of its 50 calls",
  "+ loading modelgate's declarations",
  "+ the 50 calls with flat types",
  "+ checking modelgate's rules",
  "of which: rules on one parameter",
  "of which: rules between parameters",
];

/** One floor's cells for FLOOR_PART_HEADERS, then floor and measured. */
export const floorPartCells = (f) => [
  fmtRatio(f.sdkOnly),
  pct(f.sdkCalls),
  pct(f.ourDeclarations),
  pct(f.flatCalls),
  pct(f.rules),
  pctOr(f.single),
  pctOr(f.dependent),
  fmtRatio(f.floor),
  fmtRatio(f.measured),
];
