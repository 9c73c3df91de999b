// The scale benchmark: a synthetic spec and overlay with ten times the model ids, derived at run time from the real
// ones (nothing of the spec is written to the repository): every model id of the overlay gets nine clones, listed in
// the spec's enums right after it and in the overlay as `<clone>: { extends: <id> }`. Measures generation time (real
// vs synthetic, both written as JSON spec + YAML overlay so they load the same way) and the per-request check cost
// of section 2's programs against each output.
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { COMPILER_OPTIONS, programSources } from "./consumers.mjs";
import { runNode } from "./proc.mjs";
import { summarize } from "./stats.mjs";

export const FACTOR = 10;
/** Section 2's modelgate programs: their per-request check cost is what must not grow by more than 1.5×. */
const SCALED_PROGRAMS = ["ours-baseline", "ours-annotation", "ours-builder", "ours-per-model"];
/**
 * The styles whose first-request program loads what the baseline loads (the per-model programs import only the
 * builders they call, the baseline the generic builder), so (first-request program − baseline) is the first request's
 * cost; for the others it also holds the difference in imports and is not reported.
 */
const FIRST_COMPARABLE = new Set(["ours-annotation", "ours-builder"]);

/** The clone ids of one model id: `<id>-syn1` … `<id>-syn9`. */
const clonesOf = (id) => Array.from({ length: FACTOR - 1 }, (_, k) => `${id}-syn${k + 1}`);

/** Appends the clones after each overlay model id in every `enum` of the spec document (in place); returns the count. */
function cloneEnums(node, ids) {
  let added = 0;
  if (Array.isArray(node)) {
    for (const item of node) added += cloneEnums(item, ids);
    return added;
  }
  if (node === null || typeof node !== "object") return 0;
  for (const [key, value] of Object.entries(node)) {
    if (key === "enum" && Array.isArray(value) && value.some((v) => ids.has(v))) {
      const grown = value.flatMap((v) => (ids.has(v) ? [v, ...clonesOf(v)] : [v]));
      added += grown.length - value.length;
      node[key] = grown;
    } else {
      added += cloneEnums(value, ids);
    }
  }
  return added;
}

/** Writes real.json/real.yaml and synthetic.json/synthetic.yaml into `dir`; returns the paths and model-id counts. */
export function writeScaleInputs({ spec, overlay, dir }) {
  const realSpec = yaml.load(readFileSync(spec, "utf8"));
  // The core schema, as modelgate reads an overlay: `2026-12-11` stays a string (the default schema makes it a Date,
  // which dumps as a timestamp that the overlay's `shutdown: { date }` refuses).
  const realOverlay = yaml.load(readFileSync(overlay, "utf8"), { schema: yaml.CORE_SCHEMA });
  const ids = new Set(Object.keys(realOverlay.models));
  const synthSpec = structuredClone(realSpec);
  const enumIdsAdded = cloneEnums(synthSpec, ids);
  const synthOverlay = structuredClone(realOverlay);
  for (const id of ids) for (const clone of clonesOf(id)) synthOverlay.models[clone] = { extends: id };
  const files = {};
  for (const [name, s, o] of [
    ["real", realSpec, realOverlay],
    ["synthetic", synthSpec, synthOverlay],
  ]) {
    files[name] = { spec: join(dir, `${name}.json`), overlay: join(dir, `${name}.yaml`) };
    writeFileSync(files[name].spec, JSON.stringify(s));
    writeFileSync(files[name].overlay, yaml.dump(o, { lineWidth: -1, schema: yaml.CORE_SCHEMA }));
  }
  return { files, models: { real: ids.size, synthetic: ids.size * FACTOR }, enumIdsAdded };
}

const dirBytes = (dir) => readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);

/** Generation, alternating real and synthetic inputs: wall time and output size per input. */
async function benchScaledGeneration({ root, dir, files, warmup, runs, log }) {
  const samples = { real: [], synthetic: [] };
  const bytes = {};
  let seq = 0;
  for (let i = -warmup; i < runs; i++) {
    for (const name of i % 2 === 0 ? ["real", "synthetic"] : ["synthetic", "real"]) {
      const out = join(dir, `gen-${name}-${seq++}`);
      const args = ["generate", "--spec", files[name].spec, "--overlay", files[name].overlay, "--out", out];
      const r = await runNode(join(root, "bin/modelgate.js"), args, { cwd: root });
      if (r.code !== 0) throw new Error(`scale: modelgate generate (${name}) exited with ${r.code}\n${r.stdout}\n${r.stderr}`);
      log(`  scale generate ${name.padEnd(9)} ${i < 0 ? "warm-up" : `run ${i + 1}/${runs}`}  ${r.ms.toFixed(0)} ms`);
      if (i >= 0) samples[name].push(r.ms);
      bytes[name] = dirBytes(out);
    }
  }
  return { ms: { real: summarize(samples.real), synthetic: summarize(samples.synthetic) }, bytes };
}

/** A consumer project per input under `dir`, its output generated there; returns section 2's programs for both. */
async function writeScaledProjects({ root, dir, files, requests }) {
  const programs = [];
  for (const name of ["real", "synthetic"]) {
    const project = join(dir, `project-${name}`);
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, "package.json"), `${JSON.stringify({ private: true, type: "module" })}\n`);
    symlinkSync(join(root, "node_modules"), join(project, "node_modules"), "dir");
    const args = ["generate", "--spec", files[name].spec, "--overlay", files[name].overlay, "--out", join(project, "generated")];
    const g = await runNode(join(root, "bin/modelgate.js"), args, { cwd: root });
    if (g.code !== 0) throw new Error(`scale: modelgate generate (${name}) failed\n${g.stdout}\n${g.stderr}`);
    // Each style twice: with all the requests, and with the first one only. The first request of a program pays
    // once for what every later one reuses (resolving the union's members and their model ids), a cost that grows
    // with the ids; the requests after it show what each further request costs.
    const first = programSources(requests.slice(0, 1)).filter((q) => q.requests > 0);
    const variants = [
      ...programSources(requests).map((q) => ({ ...q, file: q.id, first: false })),
      ...first.map((q) => ({ ...q, file: `${q.id}-first`, first: true })),
    ];
    for (const p of variants.filter((q) => SCALED_PROGRAMS.includes(q.id))) {
      const tsconfig = join(project, `tsconfig.${p.file}.json`);
      writeFileSync(join(project, `${p.file}.ts`), p.source);
      writeFileSync(tsconfig, `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [`${p.file}.ts`] })}\n`);
      const baseline = p.baseline && `${name}:${p.baseline}`;
      programs.push({ ...p, id: `${name}:${p.file}`, input: name, style: p.id, baseline, tsconfig });
    }
  }
  return programs;
}

/**
 * Generation time and per-request check cost, real vs synthetic. `typecheck` is bench/typecheck.mjs's benchTypecheck.
 * @returns {Promise<object>} { models, enumIdsAdded, generation, checks }
 */
export async function benchScale({ root, spec, overlay, dir, requests, compilers, typecheck, genRuns, tscRuns, log }) {
  mkdirSync(dir, { recursive: true });
  const { files, models, enumIdsAdded } = writeScaleInputs({ spec, overlay, dir });
  const generation = await benchScaledGeneration({ root, dir, files, warmup: 1, runs: genRuns, log });
  const programs = await writeScaledProjects({ root, dir, files, requests });
  const checks = await typecheck({ root, dir, programs, compilers, warmup: 1, runs: tscRuns, log });
  return { models, enumIdsAdded, generation, checks };
}

/**
 * Per compiler and style, a metric's cost by round, real and synthetic, three ways (each paired by round, summarized
 * over rounds): `further`, what each request after the first adds, (program − first-request program) / (requests − 1);
 * `first`, what the first request adds to the baseline (once per program); `amortized`, (program − baseline) / requests,
 * the two together spread over the requests.
 */
export function scaledPerRequest(result, metric) {
  const by = Object.fromEntries(result.programs.map((p) => [p.id, p]));
  const styles = result.programs.filter((p) => p.input === "real" && p.requests > 0 && !p.first);
  const byRound = (p, other, divisor) =>
    summarize(p.rounds.map((s, round) => (s[metric] - (other.rounds[round]?.[metric] ?? Number.NaN)) / divisor));
  const costs = (input, style) => {
    const all = by[`${input}:${style}`];
    const first = by[`${input}:${style}-first`];
    const baseline = by[all.baseline];
    return {
      further: byRound(all, first, all.requests - first.requests),
      first: byRound(first, baseline, 1),
      amortized: byRound(all, baseline, all.requests),
    };
  };
  return styles.map((p) => ({
    style: p.style,
    short: p.short,
    firstComparable: FIRST_COMPARABLE.has(p.style),
    real: costs("real", p.style),
    synthetic: costs("synthetic", p.style),
  }));
}
