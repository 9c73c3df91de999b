import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { diff } from "../../src/index.js";
import { runCli } from "../support/run-cli.js";
import { specFixturesDir } from "../support/spec-fixtures.js";
import { tempDir } from "../support/temp-dir.js";

const small = readFileSync(join(specFixturesDir, "small-chat.yaml"), "utf8");

/** small-chat.yaml with a `stop` parameter whose branches are given in this order. */
function specWith(stop: string): string {
  return small.replace("        max_tokens:\n", `        stop:\n${stop}\n        max_tokens:\n`);
}

const branches = {
  string: "            - type: string",
  array: "            - type: array\n              items: { type: string }",
  object:
    "            - type: object\n              properties:\n                b: { type: integer }\n                a: { anyOf: [{ type: string }, { type: number }] }",
};
const oneOf = (...members: string[]): string => `          oneOf:\n${members.join("\n")}`;

function writeSpecs(oldText: string, newText: string): { old: string; new: string } {
  const dir = tempDir();
  const files = { old: join(dir, "old.yaml"), new: join(dir, "new.yaml") };
  writeFileSync(files.old, oldText);
  writeFileSync(files.new, newText);
  return files;
}

describe("diff > reordered branches", () => {
  test("oneOf branches (and nested anyOf branches and properties) in another order are no change: --exit-code exits 0", async () => {
    const reorderedObject = branches.object.replace(
      "                b: { type: integer }\n                a: { anyOf: [{ type: string }, { type: number }] }",
      "                a: { anyOf: [{ type: number }, { type: string }] }\n                b: { type: integer }",
    );
    const files = writeSpecs(
      specWith(oneOf(branches.string, branches.array, branches.object)),
      specWith(oneOf(reorderedObject, branches.array, branches.string)),
    );
    const result = diff({
      old: { file: "old.yaml", bytes: readFileSync(files.old) },
      new: { file: "new.yaml", bytes: readFileSync(files.new) },
    });
    expect(result.diff.endpoints.find((e) => e.endpoint === "chat.completions")?.params).toStrictEqual([]);
    const run = await runCli(["diff", files.old, files.new, "--exit-code"]);
    expect(run.out).not.toContain("stop");
    expect(run.code).toBe(0);
  });

  test("a branch added is still a change (control): --exit-code exits 1", async () => {
    const files = writeSpecs(
      specWith(oneOf(branches.string, branches.array)),
      specWith(oneOf(branches.array, branches.string, branches.object)),
    );
    const run = await runCli(["diff", files.old, files.new, "--exit-code"]);
    expect(run.out).toContain("stop");
    expect(run.code).toBe(1);
  });
});
