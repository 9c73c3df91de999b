// Benchmark 1: wall time and max RSS of one `modelgate generate` against one openapi-typescript run on the same spec.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runNode } from "./proc.mjs";
import { summarize } from "./stats.mjs";

/**
 * @param {{ root: string, spec: string, warmup: number, runs: number, log: (s: string) => void }} o
 * @returns {Promise<{ tools: Array<{ name: string, ms: object, rss: object, outputBytes: number }> }>}
 */
export async function benchGeneration({ root, spec, warmup, runs, log }) {
  const work = mkdtempSync(join(tmpdir(), "modelgate-bench-gen-"));
  let seq = 0;
  const tools = [
    {
      name: "modelgate generate",
      key: "modelgate",
      run: () => {
        const out = join(work, `mg-${seq++}`);
        return { out, result: runNode(join(root, "bin/modelgate.js"), ["generate", "--spec", spec, "--out", out], { cwd: root }) };
      },
    },
    {
      name: "openapi-typescript",
      key: "ots",
      run: () => {
        const out = join(work, `ots-${seq++}`);
        mkdirSync(out);
        const cli = join(root, "node_modules/openapi-typescript/bin/cli.js");
        return { out, result: runNode(cli, [spec, "-o", join(out, "ots.d.ts")], { cwd: root }) };
      },
    },
  ];
  const samples = { modelgate: { ms: [], rss: [], bytes: 0 }, ots: { ms: [], rss: [], bytes: 0 } };

  try {
    for (let i = -warmup; i < runs; i++) {
      // Alternate which tool goes first, so neither always runs on a cooler or warmer machine.
      const order = i % 2 === 0 ? tools : [...tools].reverse();
      for (const tool of order) {
        const { out, result } = tool.run();
        const r = await result;
        if (r.code !== 0) {
          throw new Error(`${tool.name} exited with ${r.code}\n${r.stdout}\n${r.stderr}`);
        }
        const label = i < 0 ? "warm-up" : `run ${i + 1}/${runs}`;
        log(`  ${tool.name.padEnd(20)} ${label.padEnd(9)} ${r.ms.toFixed(0).padStart(6)} ms  ${(r.rssKiB / 1024).toFixed(1)} MiB`);
        if (i >= 0) {
          samples[tool.key].ms.push(r.ms);
          samples[tool.key].rss.push(r.rssKiB);
          samples[tool.key].bytes = dirBytes(out);
        }
        rmSync(out, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  return {
    tools: tools.map((t) => ({
      name: t.name,
      ms: summarize(samples[t.key].ms),
      rss: summarize(samples[t.key].rss),
      outputBytes: samples[t.key].bytes,
    })),
  };
}

/** Total size of the files directly in a folder (both tools write flat folders). */
function dirBytes(dir) {
  return readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}
