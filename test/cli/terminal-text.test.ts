import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { summarizeDiagnostics, summaryIdLimit } from "../../src/cli/report.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { specFixturesDir } from "../support/spec-fixtures.js";
import { runCli, tempDir } from "./run-cli.js";

/** Terminal control: an OSC title, a colour, BEL, NUL, CR, and a newline followed by a fake diagnostic. */
const hostile = (tag: string): string => `${tag}\u001b]0;owned\u0007\u001b[31m\u0000\r\nerror MG_FAKE: ${tag}\u2028x\u009b2J`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const jsonish = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

function writeInputs(): { spec: string; overlay: string } {
  const dir = tempDir();
  const ids = ["alpha", hostile("id1"), hostile("id2"), hostile("id3"), hostile("id4")];
  const small = readFileSync(join(specFixturesDir, "small-chat.yaml"), "utf8");
  const spec = join(dir, "spec.yaml");
  writeFileSync(spec, small.replace("enum: [alpha, alpha-2025-01-01, beta, gamma, delta]", `enum: ${jsonish(ids)}`));
  const overlay = join(dir, "overlay.yaml");
  const reason = hostile("reason");
  const rules = { params: { logprobs: { reject: true, reason, source: "S", note: hostile("note") } } };
  const overlayDoc = {
    overlay: 1,
    "missing-in-spec": "skip",
    sources: { S: { title: hostile("title"), url: "https://example.org/" } },
    families: { evil: { label: hostile("label"), "chat.completions": rules } },
    models: { [hostile("id1")]: { extends: "evil" } },
  };
  writeFileSync(overlay, jsonish(overlayDoc));
  return { spec, overlay };
}

const unclassified = (id: string): Diagnostic => ({
  code: "MG_COVERAGE_UNCLASSIFIED",
  severity: "warning",
  message: `model "${id}" of chat.completions is not classified by the overlay (openai.yaml); it is checked only against the spec`,
});

describe("cli > terminal text", () => {
  test("diagnostics show the inputs' control characters as \\uXXXX: no raw ESC, BEL, NUL, CR, and no injected line", async () => {
    const { spec, overlay } = writeInputs();
    const run = await runCli([
      "generate",
      "--spec",
      spec,
      "--no-default-overlay",
      "--overlay",
      overlay,
      "--out",
      join(tempDir(), "out"),
      "--strict",
    ]);
    expect(run.code).toBe(2);
    expect(run.err).not.toMatch(raw);
    expect(run.err).toContain("\\u001b]0;owned\\u0007");
    expect(run.err.split("\n").filter((line) => line.startsWith("error MG_FAKE"))).toStrictEqual([]);
  });

  test("explain shows a hostile id, label, reason, note and title without raw control characters", async () => {
    const { spec, overlay } = writeInputs();
    const run = await runCli(["explain", hostile("id1"), "--spec", spec, "--no-default-overlay", "--overlay", overlay]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("reason\\u001b]0;owned\\u0007");
    expect(run.out).toContain("label\\u001b");
    expect(run.out).toContain("title\\u001b");
    expect(`${run.out}\n${run.err}`).not.toMatch(raw);
    expect(run.out.split("\n").filter((line) => line.startsWith("error MG_FAKE"))).toStrictEqual([]);
  });

  test("explain --json keeps the texts verbatim as escaped JSON", async () => {
    const { spec, overlay } = writeInputs();
    const run = await runCli(["explain", hostile("id1"), "--spec", spec, "--no-default-overlay", "--overlay", overlay, "--json"]);
    expect(run.out).not.toMatch(raw);
    expect(JSON.stringify(JSON.parse(run.out))).toContain(JSON.stringify(hostile("reason")).slice(1, -1));
  });

  test('unclassified ids with quotes, an empty id and control characters are summarised as JSON strings, never as "?"', () => {
    const ids = ['a"b', "", "c\u001b[2Jd", "plain"];
    const [summary] = summarizeDiagnostics(ids.map(unclassified));
    expect(summary?.message).toBe(
      `4 model ids of chat.completions are not classified by the overlay: "a\\"b", "", "c\\u001b[2Jd", "plain"`,
    );
  });

  test("3,000 unclassified ids make one short line ending in 'and N more'", () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `model-${String(i).padStart(4, "0")}-with-a-long-name`);
    const summary = summarizeDiagnostics(ids.map(unclassified));
    expect(summary).toHaveLength(1);
    const message = summary[0]?.message ?? "";
    expect(message).toMatch(
      new RegExp(
        `^3000 model ids of chat.completions are not classified by the overlay: "model-0000-.*, "model-00${summaryIdLimit - 1}-with-a-long-name" and ${3000 - summaryIdLimit} more$`,
      ),
    );
    expect(message.length).toBeLessThan(2000);
  });
});
