import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, vi } from "vitest";
import { writeOutput } from "../../src/write/write-output.js";
import { listAll, ours, tempDir, userErrorOf } from "./write-support.js";

// Makes the rename onto one chosen path fail as a read-only file system would.
const failure = vi.hoisted(() => ({ target: "", exact: false }));

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  const renameSync: typeof actual.renameSync = (from, to) => {
    const hit = failure.exact ? String(to) === failure.target : String(to).endsWith(failure.target);
    if (failure.target !== "" && hit) {
      throw Object.assign(new Error(`EROFS: read-only file system, rename '${String(from)}'`), { code: "EROFS" });
    }
    actual.renameSync(from, to);
  };
  return { ...actual, renameSync, default: { ...actual, renameSync } };
});

const files = [
  { path: "a.gen.ts", contents: ours("export type A = 1;") },
  { path: "b.gen.ts", contents: ours("export type B = 1;") },
  { path: "c.gen.ts", contents: ours("export type C = 1;") },
];

test("writeOutput > a failure while staging (before the commit point) reports MG_OUTPUT_UNWRITABLE and leaves the folder as it was", async () => {
  const outDir = tempDir();
  failure.target = "b.gen.ts";
  failure.exact = false;
  const error = await userErrorOf(() => writeOutput({ outDir, files, check: false }));
  failure.target = "";
  expect(error.codes).toStrictEqual(["MG_OUTPUT_UNWRITABLE"]);
  expect(error.message).toContain("b.gen.ts");
  expect(listAll(outDir)).toStrictEqual([]);
});

test("writeOutput > a failure after the commit point is reported, --check names the leftover, and the next run completes the set", async () => {
  const outDir = tempDir();
  failure.target = join(outDir, "b.gen.ts");
  failure.exact = true;
  const error = await userErrorOf(() => writeOutput({ outDir, files, check: false }));
  failure.target = "";
  expect(error.codes).toStrictEqual(["MG_OUTPUT_UNWRITABLE"]);
  expect(error.message).toContain("b.gen.ts");
  expect(existsSync(join(outDir, "c.gen.ts"))).toBe(false);
  const check = writeOutput({ outDir, files, check: true });
  expect(check.staleFiles).toContainEqual({
    path: ".modelgate-staging",
    reason: "interrupted",
    detail: "changes it committed and half applied",
  });
  const next = writeOutput({ outDir, files, check: false });
  expect(next.interrupted).toBe("completed");
  expect(listAll(outDir)).toStrictEqual(["a.gen.ts", "b.gen.ts", "c.gen.ts"]);
  for (const { path, contents } of files) expect(readFileSync(join(outDir, path), "utf8")).toBe(contents);
  expect(writeOutput({ outDir, files, check: true }).stale).toStrictEqual([]);
});
