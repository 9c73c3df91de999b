import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, test } from "vitest";
import { compileFixtures } from "../support/compile-fixtures.js";
import type { CompilerDiagnostic } from "../support/compilers.js";
import { compilers, parseDiagnostics } from "../support/compilers.js";
import { checkExpectations, parseMarkers } from "../support/expect-markers.js";

const dir = fileURLToPath(new URL("../fixtures/harness/", import.meta.url));
const rel = "test/fixtures/harness/";
const client = "o1-client.ts";
const controls = ["marker-over-valid-code.ts", "unmarked-error.ts", "wrong-fragment.ts", "wrong-code.ts", "two-errors-one-line.ts"];
const names = compilers.map((compiler) => compiler.name);

let mixed = new Map<string, string[]>();
let clean = new Map<string, string[]>();
let global = new Map<string, string[]>();

// Three programs, each compiled once by every compiler; all nine runs share the two cores.
beforeAll(async () => {
  [mixed, clean, global] = await Promise.all([
    compileFixtures({ dir, files: ["correct-markers.ts", "pass-valid-requests.ts", ...controls], extraFiles: [client] }),
    compileFixtures({ dir, files: ["pass-valid-requests.ts"], extraFiles: [client] }),
    compileFixtures({
      dir,
      files: ["pass-valid-requests.ts"],
      extraFiles: [client],
      compilerOptions: { types: ["modelgate-no-such-types"], notACompilerOption: true },
    }),
  ]);
});

const failuresOf = (results: Map<string, string[]>, compiler: string): string[] => {
  const failures = results.get(compiler);
  if (failures === undefined) throw new Error(`no result for ${compiler}`);
  return failures;
};
const inFile = (failures: readonly string[], file: string): string[] => failures.filter((failure) => failure.includes(`${rel}${file}:`));

const eachCompiler = (name: string, check: (compiler: string) => void): void => {
  test.each(names)(`${name} (%s)`, check);
};

eachCompiler("harness > mixed fixtures > reports one failure per negative control and none elsewhere", (compiler) => {
  const files = failuresOf(mixed, compiler).map((failure) => controls.find((file) => failure.includes(rel + file)));
  expect(files.sort()).toStrictEqual([...controls].sort());
});

eachCompiler("harness > marker over valid code > reports a missing diagnostic", (compiler) => {
  expect(inFile(failuresOf(mixed, compiler), "marker-over-valid-code.ts")).toStrictEqual([
    `[${compiler}] ${rel}marker-over-valid-code.ts:4: expected TS2322 containing "o1", "logprobs", got no diagnostic`,
  ]);
});

eachCompiler("harness > unmarked error > reports the unexpected diagnostic with its text", (compiler) => {
  const [failure, ...rest] = inFile(failuresOf(mixed, compiler), "unmarked-error.ts");
  expect(rest).toStrictEqual([]);
  expect(failure).toContain(`[${compiler}] unexpected diagnostic ${rel}unmarked-error.ts:3:43 TS2322: Type 'true'`);
});

eachCompiler("harness > marker with a wrong fragment > reports the expectation and the actual diagnostic", (compiler) => {
  const [failure, ...rest] = inFile(failuresOf(mixed, compiler), "wrong-fragment.ts");
  expect(rest).toStrictEqual([]);
  expect(failure).toContain(`${rel}wrong-fragment.ts:4: expected TS2322 containing "o1", "temperature", got `);
  expect(failure).toContain("TS2322: Type 'true' is not assignable");
});

eachCompiler("harness > marker with a wrong code > reports the actual code", (compiler) => {
  const [failure, ...rest] = inFile(failuresOf(mixed, compiler), "wrong-code.ts");
  expect(rest).toStrictEqual([]);
  expect(failure).toContain(`${rel}wrong-code.ts:4: expected TS2345 containing "o1", "logprobs", got `);
  expect(failure).toContain(`${rel}wrong-code.ts:4:43 TS2322: Type 'true'`);
});

eachCompiler("harness > two errors on one marked line > reports both diagnostics", (compiler) => {
  const [failure, ...rest] = inFile(failuresOf(mixed, compiler), "two-errors-one-line.ts");
  expect(rest).toStrictEqual([]);
  expect(failure).toContain("got 2 diagnostics (exactly one per marker)");
  expect(failure).toContain("TS2322: Type 'string' is not assignable to type 'number'.");
});

eachCompiler("harness > correct markers, incl. fragments from continuation lines > report no failure", (compiler) => {
  expect(inFile(failuresOf(mixed, compiler), "correct-markers.ts")).toStrictEqual([]);
  expect(inFile(failuresOf(mixed, compiler), "pass-valid-requests.ts")).toStrictEqual([]);
});

eachCompiler("harness > valid requests alone > compile with exit code 0 and no failure", (compiler) => {
  expect(failuresOf(clean, compiler)).toStrictEqual([]);
});

eachCompiler("harness > tsconfig and global errors > are reported", (compiler) => {
  const failures = failuresOf(global, compiler);
  expect(failures).toContainEqual(expect.stringMatching(/\(global\) TS2688: .*'modelgate-no-such-types'/));
  const tsconfig = new RegExp(`${rel}\\.tsconfig\\.compile-fixtures\\.\\w+\\.json:\\d+:\\d+ TS5023: .*notACompilerOption`);
  expect(failures).toContainEqual(expect.stringMatching(tsconfig));
});

test("harness > compileFixtures > removes its temporary tsconfig", async () => {
  expect((await readdir(dir)).filter((file) => file.startsWith(".tsconfig"))).toStrictEqual([]);
});

const tsOutput = [
  "src/a.ts(6,8): error TS2345: Argument of type '{ logprobs: boolean; }' is not assignable to parameter of type 'O1ChatParams'.",
  "  Types of property 'logprobs' are incompatible.",
  "    Type 'boolean' is not assignable to type 'false | undefined'.",
  "../other/./my (copy).ts(12,1): error TS1005: ';' expected.",
  "error TS6053: File '/repo/missing.ts' not found.",
  "  The file is in the program because:",
  "    Part of 'files' list in tsconfig.json",
  "",
  "panic: runtime error: index out of range",
].join("\r\n");

test("parseDiagnostics > compiler output > yields located, continued, global and unparsed diagnostics", () => {
  expect(parseDiagnostics(tsOutput, "/repo/pkg")).toStrictEqual([
    {
      file: "/repo/pkg/src/a.ts",
      line: 6,
      column: 8,
      code: 2345,
      text: [
        "Argument of type '{ logprobs: boolean; }' is not assignable to parameter of type 'O1ChatParams'.",
        "  Types of property 'logprobs' are incompatible.",
        "    Type 'boolean' is not assignable to type 'false | undefined'.",
      ].join("\n"),
    },
    { file: "/repo/other/my (copy).ts", line: 12, column: 1, code: 1005, text: "';' expected." },
    {
      file: undefined,
      line: 0,
      column: 0,
      code: 6053,
      text: "File '/repo/missing.ts' not found.\n  The file is in the program because:\n    Part of 'files' list in tsconfig.json",
    },
    { file: undefined, line: 0, column: 0, code: 0, text: "panic: runtime error: index out of range" },
  ]);
});

test("parseMarkers > fragments with spaces and escaped quotes > are unescaped", () => {
  const text = 'x;\n// @expect-error TS2322 "a \\"quoted\\" word" "b"\n\n// note\ny;\n';
  expect(parseMarkers({ path: "/repo/f.ts", text })).toStrictEqual({
    markers: [{ file: "/repo/f.ts", markerLine: 2, targetLine: 5, code: 2322, fragments: ['a "quoted" word', "b"] }],
    problems: [],
  });
});

test.each([
  ["a marker without a code", '// @expect-error "o1"\nx;', "malformed marker"],
  ["a marker without fragments", "// @expect-error TS2322\nx;", "malformed marker"],
  ["a marker with an empty fragment", '// @expect-error TS2322 ""\nx;', "empty fragment"],
  ["a marker at the end of the file", '// @expect-error TS2322 "o1"\n', "no code line after it"],
  ["two markers for one line", '// @expect-error TS2322 "a"\n// @expect-error TS2322 "b"\nx;', "second marker"],
  ["a bare @ts-expect-error", "// @ts-expect-error\nx;", "use @expect-error"],
])("parseMarkers > %s > is reported as a problem", (_, text, problem) => {
  const { problems } = parseMarkers({ path: "/repo/f.ts", text });
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain(problem);
});

const at = (line: number, code: number, text: string): CompilerDiagnostic => ({
  file: "/repo/f.ts",
  line,
  column: 1,
  code,
  text,
});
const markedFile = { path: "/repo/f.ts", text: '// @expect-error TS2322 "o1" "logprobs"\nbad();\n' };

test.each([
  ["a fragment in a continuation line", [at(2, 2322, "Type 'x'\n  o1 rejects logprobs")], 0],
  ["a fragment differing in case", [at(2, 2322, "O1 rejects logprobs")], 1],
  ["a diagnostic on another line", [at(1, 2322, "o1 logprobs")], 2],
  ["a global diagnostic", [at(2, 2322, "o1 logprobs"), { ...at(0, 5023, "bad option"), file: undefined }], 1],
])("checkExpectations > %s > yields the expected number of failures", (_, diagnostics, count) => {
  expect(checkExpectations({ compiler: "ts0", files: [markedFile], diagnostics })).toHaveLength(count);
});
