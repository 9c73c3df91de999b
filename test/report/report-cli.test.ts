import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { diff, report } from "../../src/index.js";
import { repoRoot } from "../support/compilers.js";
import { runCli } from "../support/run-cli.js";
import { tempDir } from "../support/temp-dir.js";
import { reportFixture, smallChatInputs, smallChatPath } from "./report-support.js";

const overlay = reportFixture("report-chat.yaml");
const reportArgs = (html: string, ...more: string[]): string[] => [
  "report",
  "--html",
  html,
  "--spec",
  smallChatPath,
  "--no-default-overlay",
  "--overlay",
  overlay,
  ...more,
];

describe("cli > report", () => {
  test("writes the page report() renders, byte for byte, leaves no temp file, warns about unclassified ids and exits 0", async () => {
    const dir = tempDir();
    const html = join(dir, "sub", "report.html");
    const run = await runCli(reportArgs(html));
    expect(run.code).toBe(0);
    expect(run.out).toBe(`modelgate: wrote ${html}`);
    expect(run.err).toContain('warning MG_COVERAGE_UNCLASSIFIED: model "delta" of chat.completions');
    expect(readFileSync(html, "utf8")).toBe(report(smallChatInputs("report-chat.yaml")).html);
    expect(readdirSync(join(dir, "sub"))).toStrictEqual(["report.html"]);
  });

  test("replaces an existing page", async () => {
    const html = join(tempDir(), "report.html");
    expect((await runCli(reportArgs(html))).code).toBe(0);
    expect((await runCli(reportArgs(html))).code).toBe(0);
    expect(readFileSync(html, "utf8")).toContain("<!DOCTYPE html>");
  });

  test("--json > one JSON document on stdout: the page written and the warnings", async () => {
    const html = join(tempDir(), "r.html");
    const run = await runCli(reportArgs(html, "--json"));
    expect(run.code).toBe(0);
    expect(run.err).toBe("");
    expect(JSON.parse(run.out).html).toBe(html);
    expect(JSON.parse(run.out).diagnostics.map((d: { code: string }) => d.code)).toStrictEqual(["MG_COVERAGE_UNCLASSIFIED"]);
  });

  test("without --html > MG_USAGE, exit 2, nothing written", async () => {
    const dir = tempDir();
    const run = await runCli(["report", "--spec", smallChatPath, "--no-default-overlay", "--overlay", overlay], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.err).toContain("error MG_USAGE: required option '--html <file>' not specified");
    expect(readdirSync(dir)).toStrictEqual([]);
  });

  test.each([
    ["--spec", "MG_SPEC_UNREADABLE"],
    ["--overlay", "MG_OVERLAY_UNREADABLE"],
  ])("an unreadable %s > %s naming the file, exit 2, nothing written", async (flag, code) => {
    const dir = tempDir();
    const missing = join(dir, "missing.yaml");
    const args = reportArgs(join(dir, "r.html"));
    args[args.indexOf(flag) + 1] = missing;
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`error ${code}: cannot read "${missing}" (ENOENT)`);
    expect(readdirSync(dir)).toStrictEqual([]);
  });

  test("an overlay with an error > its diagnostic, exit 2, nothing written", async () => {
    const dir = tempDir();
    const run = await runCli([
      "report",
      "--html",
      join(dir, "r.html"),
      "--spec",
      smallChatPath,
      "--no-default-overlay",
      "--overlay",
      join(repoRoot, "test", "cli", "fixtures", "unknown-model.yaml"),
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("MG_OVERLAY_UNKNOWN_MODEL");
    expect(readdirSync(dir)).toStrictEqual([]);
  });

  test("--html naming a folder > MG_OUTPUT_UNWRITABLE, exit 2, no temp file left", async () => {
    const dir = tempDir();
    const target = join(dir, "taken");
    mkdirSync(target);
    const run = await runCli(reportArgs(target));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(new RegExp(`error MG_OUTPUT_UNWRITABLE: cannot write ${target} \\(E[A-Z]+\\)`));
    expect(run.err).not.toMatch(/^\s+at /m);
    expect(readdirSync(dir)).toStrictEqual(["taken"]);
  });
});

describe("cli > report --old-spec", () => {
  test("adds what changed from the older spec: the page is report() given diff() of the two, byte for byte", async () => {
    const specs = join(repoRoot, "..", "shared", "openai-openapi");
    const [oldFile, newFile] = [join(specs, "2026-07-15.yaml"), join(specs, "2026-08-21.yaml")];
    const html = join(tempDir(), "report.html");
    const run = await runCli(["report", "--html", html, "--spec", newFile, "--old-spec", oldFile]);
    expect(run.code).toBe(0);
    const read = (file: string) => ({ file, bytes: readFileSync(file) });
    const changes = diff({ old: read(oldFile), new: read(newFile) }).diff;
    const page = readFileSync(html, "utf8");
    expect(page).toBe(report({ spec: read(newFile), diff: changes }).html);
    expect(page).toContain("What changed");
    expect(page).toContain("gpt-5.5-2026-04-23");
  });

  test("an unreadable --old-spec > MG_SPEC_UNREADABLE, exit 2, nothing written", async () => {
    const dir = tempDir();
    const run = await runCli([...reportArgs(join(dir, "r.html")), "--old-spec", join(dir, "missing.yaml")]);
    expect([run.code, readdirSync(dir)]).toStrictEqual([2, []]);
    expect(run.err).toContain("MG_SPEC_UNREADABLE");
  });
});

describe("cli > report --html over an existing file", () => {
  test.each([
    ["package.json", '{ "name": "mine" }\n'],
    ["index.ts", "// @generated by modelgate 0.1.0. Do not edit by hand: run `modelgate generate`.\nexport {};\n"],
    ["page.html", "<!DOCTYPE html>\n<html><head><title>my own page</title></head></html>\n"],
  ])("%s it did not write > MG_OUTPUT_FOREIGN_FILE at the file, exit 2, the file untouched", async (name, text) => {
    const dir = tempDir();
    const target = join(dir, name);
    writeFileSync(target, text);
    const run = await runCli(reportArgs(target));
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${target}:1:1 error MG_OUTPUT_FOREIGN_FILE: refusing to overwrite ${target}`);
    expect(readFileSync(target, "utf8")).toBe(text);
    expect(readdirSync(dir)).toStrictEqual([name]);
  });

  test("a symbolic link > MG_OUTPUT_FOREIGN_FILE, exit 2, the link and its target untouched", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "real.html"), "mine\n");
    symlinkSync(join(dir, "real.html"), join(dir, "link.html"));
    const run = await runCli(reportArgs(join(dir, "link.html")));
    expect(run.code).toBe(2);
    expect(run.err).toContain("error MG_OUTPUT_FOREIGN_FILE");
    expect(readFileSync(join(dir, "real.html"), "utf8")).toBe("mine\n");
    expect(lstatSync(join(dir, "link.html")).isSymbolicLink()).toBe(true);
  });

  test("a report it wrote before is replaced", async () => {
    const target = join(tempDir(), "report.html");
    writeFileSync(target, report(smallChatInputs("hostile.yaml")).html);
    expect((await runCli(reportArgs(target))).code).toBe(0);
    expect(readFileSync(target, "utf8")).toBe(report(smallChatInputs("report-chat.yaml")).html);
  });
});
