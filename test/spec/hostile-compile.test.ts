/**
 * "Exit 0 means the output compiles": every input of the hostile corpus that generates (recursion through objects
 * and arrays, a depth-9 fan-out of refs, UTF-16 with a BOM, an overlay endpoint the spec lacks) is compiled, all
 * outputs as one program, under TypeScript 5.9, 6.0 and 7.0.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { generate } from "../../src/index.js";
import { type CompilerRun, compilers, repoRoot, runCompiler } from "../support/compilers.js";
import { fanOutRefSpec } from "../support/hostile-specs.js";
import { tempDir } from "../support/temp-dir.js";

const hostile = join(repoRoot, "test", "fixtures", "hostile");
const read = (...parts: string[]): Uint8Array => readFileSync(join(...parts));
const controlOverlay = { file: "base.yaml", bytes: read(hostile, "overlays", "base.yaml") };
const minimalChat = { file: "minimal-chat.yaml", bytes: read(repoRoot, "test", "fixtures", "overlays", "minimal-chat.yaml") };

const inputs: Record<string, { spec: { file: string; bytes: Uint8Array }; overlay: { file: string; bytes: Uint8Array } }> = {
  "ranged-chat": { spec: { file: "ranged-chat.yaml", bytes: read(hostile, "specs", "ranged-chat.yaml") }, overlay: controlOverlay },
  "recursion-ok": { spec: { file: "recursion-ok.yaml", bytes: read(hostile, "specs", "recursion-ok.yaml") }, overlay: controlOverlay },
  "skipped-endpoint": {
    spec: { file: "ranged-chat.yaml", bytes: read(hostile, "specs", "ranged-chat.yaml") },
    overlay: { file: "two-endpoints.yaml", bytes: read(hostile, "overlays", "two-endpoints.yaml") },
  },
  "fan-out-refs-9": { spec: { file: "fan-out.yaml", bytes: Buffer.from(fanOutRefSpec(9)) }, overlay: minimalChat },
  "utf16-bom": {
    spec: { file: "utf16.yaml", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fanOutRefSpec(2), "utf16le")]) },
    overlay: minimalChat,
  },
};

describe("hostile corpus > what generates compiles", () => {
  test("every generated output has zero diagnostics under TypeScript 5.9, 6.0 and 7.0", { timeout: 120_000 }, async () => {
    const root = tempDir();
    for (const [name, input] of Object.entries(inputs)) {
      for (const file of generate(input).files) {
        const path = join(root, name, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.contents);
      }
    }
    const compilerOptions = { strict: true, noEmit: true, skipLibCheck: false, types: [], target: "ES2022", module: "NodeNext" };
    const files = Object.keys(inputs).map((name) => `./${name}/index.ts`);
    const project = join(root, "tsconfig.json");
    writeFileSync(project, JSON.stringify({ compilerOptions: { ...compilerOptions, moduleResolution: "NodeNext" }, files }));
    const runs = await Promise.all(compilers.map((compiler) => runCompiler({ compiler, project })));
    const summary = (run: CompilerRun) => ({ exitCode: run.exitCode, diagnostics: run.diagnostics });
    runs.forEach((run, i) => {
      expect(summary(run), `${compilers[i]?.name}:\n${run.output}`).toStrictEqual({ exitCode: 0, diagnostics: [] });
    });
  });
});
