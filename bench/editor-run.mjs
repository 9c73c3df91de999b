// The editor benchmark alone (section 2c of BENCHMARKS.md), with more rounds than the full run can afford: generates
// the output with the built CLI into a temporary project, runs bench/editor.mjs on the app files and the floor's
// what-if files, and replaces section 2c of BENCHMARKS.md (the rest of the file is left as the last full run wrote it).
// Usage: node bench/editor-run.mjs [--runs N] [--keep] (after a build).
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeWhatIf } from "./consumers.mjs";
import { benchEditor } from "./editor.mjs";
import { editorSection } from "./editor-report.mjs";
import { cleanupProc, runNode } from "./proc.mjs";
import { requests } from "./requests.mjs";
import { pkgVersion } from "./stats.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const spec = resolve(root, "../shared/openai-openapi/2026-08-21.yaml");
const log = (s) => process.stderr.write(`${s}\n`);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const cfg = { editorWarmup: 1, editorRuns: arg("--runs", 5) };

/** Replaces the `## 2c.` section (up to the next `## ` heading) of a report with `section`. */
export function replaceSection(report, section) {
  const start = report.indexOf("## 2c. ");
  const end = report.indexOf("\n## ", start + 1);
  if (start < 0 || end < 0) throw new Error("editor bench: BENCHMARKS.md has no section 2c to replace");
  return `${report.slice(0, start)}${section}\n${report.slice(end)}`;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "modelgate-bench-editor-"));
  try {
    writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "modelgate-bench-editor", private: true, type: "module" })}\n`);
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    const g = await runNode(join(root, "bin/modelgate.js"), ["generate", "--spec", spec, "--out", join(dir, "generated")], { cwd: root });
    if (g.code !== 0) throw new Error(`modelgate generate failed (exit ${g.code})\n${g.stdout}\n${g.stderr}`);
    writeWhatIf(dir, requests); // the floor's flat types beside the output
    const version = pkgVersion(root, "typescript5");
    log(`editor bench: tsserver ${version}, ${cfg.editorWarmup} warm-up + ${cfg.editorRuns} rounds`);
    const compiler = { tsserver: "node_modules/typescript5/lib/tsserver.js", version };
    const ed = await benchEditor({ root, dir, requests, compiler, warmup: cfg.editorWarmup, runs: cfg.editorRuns, log });
    const raw = join(tmpdir(), "modelgate-bench-editor.json"); // the raw numbers, to re-render the section from
    writeFileSync(raw, `${JSON.stringify(ed, null, 2)}\n`);
    log(`editor bench: raw results in ${raw}`);
    const file = join(root, "BENCHMARKS.md");
    const section = editorSection(ed, cfg);
    writeFileSync(file, replaceSection(readFileSync(file, "utf8"), section));
    process.stdout.write(`${section}\n`);
  } finally {
    if (process.argv.includes("--keep")) log(`editor bench: project kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  log(`editor bench FAILED: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  cleanupProc();
}
