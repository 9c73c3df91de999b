import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, vi } from "vitest";
import { writeOutput } from "../../src/write/write-output.js";
import { listAll, ours, tempDir, userErrorOf } from "./write-support.js";

// Makes the rename onto one chosen target fail as a read-only file system would.
const failure = vi.hoisted(() => ({ target: "" }));

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  const renameSync: typeof actual.renameSync = (from, to) => {
    if (failure.target !== "" && String(to).endsWith(failure.target)) {
      throw Object.assign(new Error(`EROFS: read-only file system, rename '${String(from)}'`), { code: "EROFS" });
    }
    actual.renameSync(from, to);
  };
  return { ...actual, renameSync, default: { ...actual, renameSync } };
});

test("writeOutput > a rename that fails reports MG_OUTPUT_UNWRITABLE and removes the temps not yet renamed", async () => {
  const outDir = tempDir();
  const files = [
    { path: "a.gen.ts", contents: ours("export type A = 1;") },
    { path: "b.gen.ts", contents: ours("export type B = 1;") },
    { path: "c.gen.ts", contents: ours("export type C = 1;") },
  ];
  failure.target = "b.gen.ts";
  const error = await userErrorOf(() => writeOutput({ outDir, files, check: false }));
  failure.target = "";
  expect(error.codes).toStrictEqual(["MG_OUTPUT_UNWRITABLE"]);
  expect(error.message).toContain("b.gen.ts");
  // a.gen.ts was already in place (each file is replaced atomically; the set is not); no temp file is left.
  expect(listAll(outDir)).toStrictEqual(["a.gen.ts"]);
  expect(readFileSync(join(outDir, "a.gen.ts"), "utf8")).toBe(ours("export type A = 1;"));
  expect(existsSync(join(outDir, "c.gen.ts"))).toBe(false);
});
