import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { BreakingChange } from "../../src/diff/diff-types.js";
import { diff, type GenerateOptions, generate } from "../../src/index.js";
import type { InputFile } from "../../src/input/read-input.js";
import { endpointInfo } from "../../src/spec/endpoints.js";
import { fixtureCompilerOptions } from "../support/compile-fixtures.js";
import { type CompilerDiagnostic, compilers, runCompiler } from "../support/compilers.js";
import { tempDir } from "../support/temp-dir.js";
import { type Consumer, type LineUse, writeConsumer } from "./consumer.js";
import { fixtureInput, snapshotInput } from "./diff-support.js";

// Issue 5, item 3: the consumer written for one snapshot's output is compiled against the output of another snapshot
// (TypeScript 5.9). Every compile error must fall on a line whose builder, model or parameter `breaking` names, and
// every builder or model that `breaking` says is gone must really fail to compile.

const ts59 = compilers.find((c) => c.version === "5.9");

interface Case {
  name: string;
  old: InputFile;
  new: InputFile;
  overlay?: InputFile;
}

/**
 * A real pair where nothing breaks, one (going back a snapshot) where builders, models and values disappear, and the
 * hand-written pair, where verdicts get stricter too.
 */
const cases: Case[] = [
  { name: "forward", old: snapshotInput("2024-09-13"), new: snapshotInput("2024-12-18") },
  { name: "back", old: snapshotInput("2026-08-21"), new: snapshotInput("2026-07-15") },
  { name: "fixtures", old: fixtureInput("diff-old.yaml"), new: fixtureInput("diff-new.yaml"), overlay: fixtureInput("diff-overlay.yaml") },
];

interface Compiled {
  consumer: Consumer;
  breaking: BreakingChange[];
  /** Errors in the consumer compiled against its own output (must be none). */
  own: CompilerDiagnostic[];
  /** Errors in the consumer compiled against the other output. */
  other: CompilerDiagnostic[];
}

const results = new Map<string, Compiled>();

beforeAll(async () => {
  if (!ts59) throw new Error("TypeScript 5.9 is not in the compiler matrix");
  const root = tempDir("modelgate-breaking-");
  writeFileSync(join(root, "package.json"), `${JSON.stringify({ type: "module", private: true })}\n`);
  const files: string[] = [];
  const consumers = new Map<string, { consumer: Consumer; own: string; other: string }>();
  for (const c of cases) {
    const overlay = c.overlay && { overlay: c.overlay };
    const model = generateInto(join(root, `${c.name}-old`), { spec: c.old, ...overlay });
    generateInto(join(root, `${c.name}-new`), { spec: c.new, ...overlay });
    const own = writeConsumer({ model, importFrom: `./${c.name}-old/index.js` });
    const other = writeConsumer({ model, importFrom: `./${c.name}-new/index.js` });
    const ownFile = join(root, `${c.name}-own.ts`);
    const otherFile = join(root, `${c.name}-other.ts`);
    writeFileSync(ownFile, own.text);
    writeFileSync(otherFile, other.text);
    files.push(ownFile, otherFile);
    consumers.set(c.name, { consumer: other, own: ownFile, other: otherFile });
  }
  const project = join(root, "tsconfig.json");
  writeFileSync(project, `${JSON.stringify({ compilerOptions: fixtureCompilerOptions, files }, null, 2)}\n`);
  const run = await runCompiler({ compiler: ts59, project });
  for (const c of cases) {
    const entry = consumers.get(c.name);
    if (!entry) throw new Error(`bug: no consumer for ${c.name}`);
    const { breaking } = diff({ old: c.old, new: c.new, ...(c.overlay && { overlay: c.overlay }) }).diff;
    const inFile = (file: string) => run.diagnostics.filter((d) => d.file === file);
    results.set(c.name, { consumer: entry.consumer, breaking, own: inFile(entry.own), other: inFile(entry.other) });
  }
  const stray = run.diagnostics.filter((d) => !files.includes(d.file ?? ""));
  if (stray.length > 0) throw new Error(`errors outside the consumers:\n${run.output}`);
}, 180_000);

/** Generates the output of a spec (and overlay) into `dir`; returns its capability model. */
function generateInto(dir: string, options: GenerateOptions) {
  const { files, model } = generate(options);
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  return model;
}

function resultOf(name: string): Compiled {
  const result = results.get(name);
  if (!result) throw new Error(`${name} was not compiled`);
  return result;
}

/** Whether a breaking entry accounts for an error on a line that uses `use`. */
function names(b: BreakingChange, use: LineUse, error: CompilerDiagnostic): boolean {
  if (use.symbol !== undefined && b.symbol === use.symbol) return true;
  if (b.model !== undefined) return b.model === use.model && (b.param === undefined || b.param === use.param);
  // A parameter change of the whole union: the error is on that parameter's line, or names it (a new required one).
  return b.param !== undefined && (b.param === use.param || error.text.includes(`'${b.param}'`));
}

function unexplained(result: Compiled): string[] {
  return result.other
    .filter((error) => {
      const use = result.consumer.lines.get(error.line);
      return !use || !result.breaking.some((b) => names(b, use, error));
    })
    .map((error) => `line ${error.line} (${JSON.stringify(result.consumer.lines.get(error.line) ?? {})}): ${error.text}`);
}

/** Breaking entries about a removed builder or a model gone from the union with no compile error on their lines. */
function unconfirmed(result: Compiled): string[] {
  const failing = result.other.map((error) => result.consumer.lines.get(error.line));
  // A union entry is confirmed by the model's union-typed request, a builder entry by the builder's own lines.
  const confirms = (b: BreakingChange, use: LineUse | undefined): boolean =>
    use !== undefined &&
    use.model === b.model &&
    (b.symbol === endpointInfo(b.endpoint).union ? use.symbol === undefined : use.symbol === b.symbol);
  return result.breaking
    .filter((b) => b.param === undefined && b.model !== undefined)
    .filter((b) => !failing.some((use) => confirms(b, use)))
    .map((b) => `${b.symbol} ${b.model}: ${b.message}`);
}

describe.each(cases)("breaking changes compiled > $name: a consumer of the old output against the new one", (c) => {
  test("the consumer compiles cleanly against its own output", () => {
    expect(resultOf(c.name).own.map((d) => `${d.line}: ${d.text}`)).toStrictEqual([]);
  });

  test("every compile error against the other output is on a line whose builder, model or parameter breaking names", () => {
    expect(unexplained(resultOf(c.name))).toStrictEqual([]);
  });

  test("every builder or model that breaking says is gone really fails to compile", () => {
    expect(unconfirmed(resultOf(c.name))).toStrictEqual([]);
  });
});

test("breaking changes compiled > forward 2024-09-13 → 2024-12-18 > nothing breaks and everything compiles", () => {
  const result = resultOf("forward");
  expect(result.breaking).toStrictEqual([]);
  expect(result.other).toStrictEqual([]);
});

test("breaking changes compiled > back 2026-08-21 → 2026-07-15 > the lost builders, models, enum value and nulls all fail", () => {
  const result = resultOf("back");
  const failing = new Set(result.other.map((e) => JSON.stringify(result.consumer.lines.get(e.line))));
  expect(failing).toContain(JSON.stringify({ symbol: "gpt5_5Request", model: "gpt-5.5" }));
  expect(failing).toContain(JSON.stringify({ symbol: "gpt5_5_2026_04_23Request", model: "gpt-5.5-2026-04-23" }));
  const uses = result.other.map((e) => result.consumer.lines.get(e.line));
  // The models that left a union (chat, Responses, images, transcriptions) fail on every line of theirs, and no
  // other model does; the other failing lines are exactly the parameters the list names.
  const gone = new Set(result.breaking.filter((b) => b.model && !b.param).map((b) => b.model));
  expect([...gone].filter((id) => id?.startsWith("gpt-5.5"))).toStrictEqual([
    "gpt-5.5",
    "gpt-5.5-2026-04-23",
    "gpt-5.5-pro",
    "gpt-5.5-pro-2026-04-23",
  ]);
  expect(gone).toContain("gpt-image-2");
  expect(new Set(uses.flatMap((use) => (use?.model && gone.has(use.model) ? [use.model] : [])))).toStrictEqual(gone);
  const params = new Set(uses.filter((use) => !(use?.model && gone.has(use.model))).map((use) => use?.param));
  // keywords and languages, also removed, are accepted only by gpt-transcribe, which left: its lines already fail.
  expect(params).toStrictEqual(new Set(["prompt_cache_key", "safety_identifier", "service_tier"]));
});

test("breaking changes compiled > fixtures > stricter verdicts, removed and retyped parameters, the lost builder all fail", () => {
  const result = resultOf("fixtures");
  // `user` became required: every request fails for that; the other errors are what this test is about.
  const errors = result.other.filter((e) => !e.text.includes("'user'"));
  expect(result.other.length - errors.length).toBeGreaterThan(0);
  const failing = errors.map((e) => result.consumer.lines.get(e.line));
  const alpha = new Set(failing.filter((use) => use?.model === "alpha").map((use) => use?.param));
  expect(alpha).toStrictEqual(new Set(["max_tokens", "level", "extra", "format", "temperature", "tone"]));
  expect(new Set(failing.filter((use) => use?.model === "gamma").map((use) => use?.param))).toStrictEqual(new Set(["extra", "format"]));
  expect(failing).toContainEqual({ symbol: "betaRequest", model: "beta" });
});
