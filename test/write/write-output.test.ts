import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { staleDiagnostics, writeOutput } from "../../src/write/write-output.js";
import { listAll, ours, tempDir, userErrorOf } from "./write-support.js";

const files = [
  { path: "index.ts", contents: ours('export * from "./chat.gen.js";') },
  { path: "chat.gen.ts", contents: ours("export type Chat = 1;") },
  { path: "runtime/table.gen.ts", contents: ours("export const table = {};") },
];

test("writeOutput > creates a missing output folder and writes every file", () => {
  const outDir = join(tempDir(), "deep", "out");
  const result = writeOutput({ outDir, files, check: false });
  expect(result).toStrictEqual({
    written: ["chat.gen.ts", "index.ts", "runtime/table.gen.ts"],
    unchanged: [],
    removed: [],
    stale: [],
    staleFiles: [],
  });
  expect(listAll(outDir)).toStrictEqual(["chat.gen.ts", "index.ts", "runtime/table.gen.ts"]);
  expect(readFileSync(join(outDir, "runtime/table.gen.ts"), "utf8")).toBe(ours("export const table = {};"));
});

test("writeOutput > a file it did not generate is refused with MG_OUTPUT_FOREIGN_FILE and nothing is written", async () => {
  const outDir = tempDir();
  writeFileSync(join(outDir, "index.ts"), "export const mine = 1;\n");
  const error = await userErrorOf(() => writeOutput({ outDir, files, check: false }));
  expect(error.codes).toStrictEqual(["MG_OUTPUT_FOREIGN_FILE"]);
  expect(error.message).toContain("index.ts");
  expect(listAll(outDir)).toStrictEqual(["index.ts"]);
  expect(readFileSync(join(outDir, "index.ts"), "utf8")).toBe("export const mine = 1;\n");
});

test("writeOutput > every foreign file is named in one error", async () => {
  const outDir = tempDir();
  writeFileSync(join(outDir, "index.ts"), "hand written\n");
  writeFileSync(join(outDir, "chat.gen.ts"), "also hand written\n");
  const error = await userErrorOf(() => writeOutput({ outDir, files, check: false }));
  expect(error.codes).toStrictEqual(["MG_OUTPUT_FOREIGN_FILE", "MG_OUTPUT_FOREIGN_FILE"]);
  expect(error.message).toContain("chat.gen.ts");
  expect(error.message).toContain("index.ts");
});

test("writeOutput > a directory where a file goes is refused, nothing written and no temp file left", async () => {
  const outDir = tempDir();
  mkdirSync(join(outDir, "chat.gen.ts"));
  const error = await userErrorOf(() => writeOutput({ outDir, files, check: false }));
  expect(error.codes).toStrictEqual(["MG_OUTPUT_FOREIGN_FILE"]);
  expect(listAll(outDir)).toStrictEqual([]);
});

test("writeOutput > a write that fails midway removes the temp files already written", async () => {
  const outDir = tempDir();
  // The target name fits the file system's limit; its temp name (".<name>.<pid>.<random>.tmp") does not.
  const tooLong = `${"x".repeat(240)}.ts`;
  const failing = [files[0], { path: tooLong, contents: ours("") }].flatMap((f) => (f ? [f] : []));
  const error = await userErrorOf(() => writeOutput({ outDir, files: failing, check: false }));
  expect(error.codes).toStrictEqual(["MG_OUTPUT_UNWRITABLE"]);
  expect(error.message).toContain(tooLong);
  expect(listAll(outDir)).toStrictEqual([]);
});

test("writeOutput > an unchanged file is not rewritten and keeps its mtime", () => {
  const outDir = tempDir();
  writeOutput({ outDir, files, check: false });
  const old = new Date("2020-01-01T00:00:00Z");
  utimesSync(join(outDir, "index.ts"), old, old);
  const changed = files.map((f) => (f.path === "chat.gen.ts" ? { ...f, contents: ours("export type Chat = 2;") } : f));
  const result = writeOutput({ outDir, files: changed, check: false });
  expect(result.written).toStrictEqual(["chat.gen.ts"]);
  expect(result.unchanged).toStrictEqual(["index.ts", "runtime/table.gen.ts"]);
  expect(statSync(join(outDir, "index.ts")).mtime.getTime()).toBe(old.getTime());
});

test("writeOutput > running twice with the same files writes nothing the second time and leaves the same bytes", () => {
  const outDir = tempDir();
  writeOutput({ outDir, files, check: false });
  const before = listAll(outDir).map((p) => readFileSync(join(outDir, p), "utf8"));
  const second = writeOutput({ outDir, files, check: false });
  expect(second.written).toStrictEqual([]);
  expect(second.unchanged).toStrictEqual(["chat.gen.ts", "index.ts", "runtime/table.gen.ts"]);
  expect(listAll(outDir).map((p) => readFileSync(join(outDir, p), "utf8"))).toStrictEqual(before);
  expect(writeOutput({ outDir, files, check: true }).stale).toStrictEqual([]);
});

test("writeOutput > removes its own files the new output lacks, and only those", () => {
  const outDir = tempDir();
  writeOutput({ outDir, files, check: false });
  writeFileSync(join(outDir, "old.gen.ts"), ours("export type Old = 1;"));
  writeFileSync(join(outDir, "old.gen.js"), ours("export function old() {}"));
  writeFileSync(join(outDir, "old.gen.d.ts"), ours("export declare function old(): void;"));
  writeFileSync(join(outDir, "runtime", "old-table.gen.ts"), ours("export const old = 1;"));
  writeFileSync(join(outDir, "notes.ts"), "// my own notes\n");
  writeFileSync(join(outDir, "mine.js"), "// my own script\n");
  writeFileSync(join(outDir, "README.md"), ours("not a .ts file"));
  mkdirSync(join(outDir, "elsewhere"));
  writeFileSync(join(outDir, "elsewhere", "x.gen.ts"), ours("a folder the output does not write to"));
  const result = writeOutput({ outDir, files, check: false });
  expect(result.removed).toStrictEqual(["old.gen.d.ts", "old.gen.js", "old.gen.ts", "runtime/old-table.gen.ts"]);
  expect(listAll(outDir)).toStrictEqual([
    "README.md",
    "chat.gen.ts",
    "elsewhere/x.gen.ts",
    "index.ts",
    "mine.js",
    "notes.ts",
    "runtime/table.gen.ts",
  ]);
});

test("writeOutput > check reports changed, missing and extra files and writes nothing", () => {
  const outDir = tempDir();
  writeOutput({ outDir, files, check: false });
  writeFileSync(join(outDir, "chat.gen.ts"), ours("export type Chat = 'edited';"));
  writeFileSync(join(outDir, "old.gen.ts"), ours("export type Old = 1;"));
  const withNew = [...files, { path: "embeddings.gen.ts", contents: ours("export type E = 1;") }];
  const before = listAll(outDir).map((p) => [p, readFileSync(join(outDir, p), "utf8")]);
  const result = writeOutput({ outDir, files: withNew, check: true });
  expect(result).toStrictEqual({
    written: [],
    unchanged: ["index.ts", "runtime/table.gen.ts"],
    removed: [],
    stale: ["chat.gen.ts", "embeddings.gen.ts", "old.gen.ts"],
    staleFiles: [
      { path: "chat.gen.ts", reason: "changed" },
      { path: "embeddings.gen.ts", reason: "missing" },
      { path: "old.gen.ts", reason: "extra" },
    ],
  });
  expect(listAll(outDir).map((p) => [p, readFileSync(join(outDir, p), "utf8")])).toStrictEqual(before);
  expect(staleDiagnostics("out", result).map((d) => [d.code, d.message])).toStrictEqual([
    ["MG_OUTPUT_STALE", "out/chat.gen.ts differs from what the inputs produce"],
    ["MG_OUTPUT_STALE", "out/embeddings.gen.ts is missing"],
    ["MG_OUTPUT_STALE", "out/old.gen.ts was generated by modelgate but the inputs no longer produce it"],
  ]);
});

test("writeOutput > check against a missing output folder reports every file missing and creates nothing", () => {
  const outDir = join(tempDir(), "out");
  const result = writeOutput({ outDir, files, check: true });
  expect(result.stale).toStrictEqual(["chat.gen.ts", "index.ts", "runtime/table.gen.ts"]);
  expect(existsSync(outDir)).toBe(false);
});

test("writeOutput > an output folder that is a file is reported as MG_OUTPUT_UNWRITABLE", async () => {
  const outDir = join(tempDir(), "out");
  writeFileSync(outDir, "a file, not a folder\n");
  const error = await userErrorOf(() => writeOutput({ outDir, files, check: false }));
  expect(error.codes).toStrictEqual(["MG_OUTPUT_UNWRITABLE"]);
  expect(error.message).toContain(`cannot write ${outDir} (`);
});

test("writeOutput > a path escaping the output folder or a file without our header is a bug, not a user error", () => {
  const outDir = tempDir();
  expect(() => writeOutput({ outDir, files: [{ path: "../x.ts", contents: ours("") }], check: false })).toThrow(/^bug:/);
  expect(() => writeOutput({ outDir, files: [{ path: "/abs.ts", contents: ours("") }], check: false })).toThrow(/^bug:/);
  expect(() => writeOutput({ outDir, files: [{ path: "x.ts", contents: "no header" }], check: false })).toThrow(/^bug:/);
  expect(listAll(outDir)).toStrictEqual([]);
});
