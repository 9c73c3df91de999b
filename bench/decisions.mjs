// The numbers behind docs/decisions.md: generation time of `modelgate generate` and openapi-typescript on the newest
// spec, ts-morph's load and formatting cost, and parse times of the overlay and the spec with js-yaml and `yaml`.
// Run after `npm run build`: `node bench/decisions.mjs [runs]`. Runs one thing at a time; prints Markdown.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const spec = join(root, "..", "shared", "openai-openapi", "2026-08-21.yaml");
const overlay = join(root, "overlays", "openai.yaml");
const runs = Number(process.argv[2] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const range = (xs) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;

/** Wall time of a child process, spawn to exit. */
function timeProcess(args) {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
  return performance.now() - start;
}

/** Median time of `fn` after one warm-up call. */
function timeCalls(fn, n = runs) {
  fn();
  return Array.from({ length: n }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  });
}

const lines = [
  `Node ${process.version}, load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
  "",
];

// 1. Generation, each tool its own process, alternating, one warm-up each.
const out = mkdtempSync(join(tmpdir(), "modelgate-decisions-"));
const tools = {
  "modelgate generate": () => {
    rmSync(join(out, "mg"), { recursive: true, force: true });
    return timeProcess(["bin/modelgate.js", "generate", "--spec", spec, "--out", join(out, "mg")]);
  },
  "openapi-typescript": () => timeProcess(["node_modules/openapi-typescript/bin/cli.js", spec, "--output", join(out, "oat.d.ts")]),
};
for (const tool of Object.values(tools)) tool();
const times = { "modelgate generate": [], "openapi-typescript": [] };
for (let i = 0; i < runs; i++) for (const [name, tool] of Object.entries(tools)) times[name].push(tool());
lines.push("| generation of the newest spec | wall time, median (min–max) |", "| --- | --- |");
for (const [name, xs] of Object.entries(times)) lines.push(`| ${name} | ${range(xs)} |`);
lines.push(`| ratio of medians | ${(median(times["modelgate generate"]) / median(times["openapi-typescript"])).toFixed(2)}× |`, "");

// 2. ts-morph: loading it, and formatting the generated declarations with it (what a ts-morph printer would add).
const generated = readdirSync(join(out, "mg")).map((name) => ({ name, text: readFileSync(join(out, "mg", name), "utf8") }));
const loadTsMorph = timeCalls(() => timeProcess(["-e", "require('ts-morph')"]), Math.min(runs, 3));
const loadOurs = timeCalls(() => timeProcess(["-e", "import('./dist/src/index.js')"]), Math.min(runs, 3));
const { Project } = await import("ts-morph");
const format = timeCalls(
  () => {
    const project = new Project({ useInMemoryFileSystem: true });
    for (const file of generated) project.createSourceFile(file.name, file.text).formatText();
  },
  Math.min(runs, 3),
);
const size = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const tsMorphSize =
  size(join(root, "node_modules", "ts-morph")) +
  size(join(root, "node_modules", "@ts-morph")) +
  size(join(root, "node_modules", "typescript"));
lines.push(
  "| ts-morph | median (min–max) |",
  "| --- | --- |",
  `| node start + require("ts-morph") | ${range(loadTsMorph)} |`,
  `| node start + import modelgate's dist/src/index.js | ${range(loadOurs)} |`,
  `| format the generated files (${generated.length}, ${mib(generated.reduce((s, f) => s + f.text.length, 0))}) with ts-morph | ${range(format)} |`,
  `| installed size: ts-morph + @ts-morph/common + typescript | ${mib(tsMorphSize)} |`,
  "",
);
rmSync(out, { recursive: true, force: true });

// 3. YAML: values with js-yaml, a document with positions with `yaml`.
const jsYaml = await import("js-yaml");
const { LineCounter, parseDocument } = await import("yaml");
lines.push("| parse | js-yaml load | yaml parseDocument + LineCounter | ratio |", "| --- | --- | --- | --- |");
for (const [label, path] of [
  ["overlays/openai.yaml", overlay],
  ["the newest spec", spec],
]) {
  const text = readFileSync(path, "utf8");
  const n = path === spec ? Math.min(runs, 3) : runs * 4;
  const fast = timeCalls(() => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }), n);
  const located = timeCalls(() => parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false }), n);
  const kib = `${(text.length / 1024).toFixed(0)} KiB`;
  lines.push(`| ${label} (${kib}) | ${range(fast)} | ${range(located)} | ${(median(located) / median(fast)).toFixed(1)}× |`);
}
lines.push(
  "",
  `load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
process.stdout.write(`${lines.join("\n")}\n`);
