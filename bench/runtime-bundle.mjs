// esbuild-wasm helpers for the runtime and tree-shaking benchmarks: bundle a small entry (or generated/index.ts) in
// memory and report its bytes, gzip bytes and what it pulled in. esbuild-wasm is pure wasm, so no native binary.
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild-wasm";

export const esbuildVersion = esbuild.version;

/**
 * Bundles one entry given as source text (resolved from `root`) for `platform` ("neutral" or "browser"): esm,
 * minified, tree-shaken, nothing written. Resolves to { ok, text, bytes, gzipBytes, inputs, imports, errors }.
 * A build error (such as an import of a Node built-in, which neither platform provides) gives ok: false.
 */
export async function bundleEntry({ root, contents, platform, minify = true }) {
  try {
    const result = await esbuild.build({
      stdin: { contents, resolveDir: root, sourcefile: "entry.ts", loader: "ts" },
      bundle: true,
      format: "esm",
      platform,
      minify,
      treeShaking: true,
      metafile: true,
      write: false,
      logLevel: "silent",
    });
    const output = result.outputFiles[0];
    const meta = Object.values(result.metafile.outputs)[0];
    return {
      ok: true,
      text: output.text,
      bytes: output.contents.byteLength,
      gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
      inputs: Object.keys(result.metafile.inputs),
      imports: meta?.imports ?? [],
      errors: [],
    };
  } catch (error) {
    const errors = Array.isArray(error?.errors) ? error.errors.map((e) => e.text) : [String(error)];
    return { ok: false, text: "", bytes: 0, gzipBytes: 0, inputs: [], imports: [], errors };
  }
}

/**
 * Bundles generated/index.ts (not minified) to a temporary .mjs, imports it and deletes the file: the generated
 * runtime as a consumer's bundler would ship it, without a tsc step.
 */
export async function importGeneratedRuntime(root) {
  const built = await bundleEntry({ root, contents: 'export * from "./generated/index.ts";', platform: "neutral", minify: false });
  if (!built.ok) throw new Error(`bundling generated/index.ts failed: ${built.errors.join("; ")}`);
  const file = join(tmpdir(), `modelgate-bench-runtime-${process.pid}.mjs`);
  writeFileSync(file, built.text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

/** Stops esbuild's wasm service, so it neither holds the process open nor competes with the timed loops. */
export const stopEsbuild = () => esbuild.stop();
