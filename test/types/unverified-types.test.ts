import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { repoRoot } from "../support/compilers.js";
import { deprecatedTagAt, serviceFor } from "../support/language-service.js";

// The pass fixture test/types/pass/unverified-accepted.ts compiles under every compiler (chat-types.test.ts); here
// TypeScript's LanguageService checks what editors show there: each `// @expect-deprecated <property> "fragment" …`
// names a property on the next code line that is struck through (a suggestion with reportsDeprecated) and whose hover
// shows the fragments; and no property deprecated as "not verified" goes unmarked.
const MARKER = /^\s*\/\/\s*@expect-deprecated\s+([\w$]+)((?:\s+"(?:[^"\\]|\\.)*")+)\s*$/;
const FRAGMENT = /"((?:[^"\\]|\\.)*)"/g;

interface Marker {
  line: number;
  property: string;
  fragments: string[];
}

function markersOf(source: string): Marker[] {
  const lines = source.split("\n");
  return lines.flatMap((text, index) => {
    const match = MARKER.exec(text);
    if (!match) return [];
    const target = lines.findIndex((l, i) => i > index && l.trim() !== "" && !l.trim().startsWith("//"));
    const fragments = [...(match[2] ?? "").matchAll(FRAGMENT)].map((m) => (m[1] ?? "").replace(/\\(.)/g, "$1"));
    return [{ line: target, property: match[1] ?? "", fragments }];
  });
}

/** Every way the file disagrees with its markers, as texts; empty when it agrees. */
function deprecationFailures(file: string, source: string): string[] {
  const service = serviceFor(file, source);
  const program = service.getProgram();
  const sourceFile = program?.getSourceFile(file);
  if (!sourceFile) return [`${file}: not in the program`];
  const where = (line: number) => `${relative(repoRoot, file)}:${line + 1}`;
  const failures: string[] = [];
  const markers = markersOf(source);
  for (const marker of markers) {
    const lineStart = sourceFile.getPositionOfLineAndCharacter(marker.line, 0);
    const text = source.split("\n")[marker.line] ?? "";
    const column = new RegExp(`\\b${marker.property}\\s*:`).exec(text)?.index;
    if (column === undefined) {
      failures.push(`${where(marker.line)}: no property ${marker.property}`);
      continue;
    }
    const position = lineStart + column;
    if (!struckThrough(service, file, position, marker.property))
      failures.push(`${where(marker.line)}: ${marker.property} is not struck through`);
    const tag = deprecatedTagAt(service, file, position) ?? "";
    const missing = marker.fragments.filter((f) => !tag.includes(f));
    if (missing.length > 0) failures.push(`${where(marker.line)}: ${marker.property}'s @deprecated ${JSON.stringify(tag)} lacks ${missing.join(", ")}`);
  }
  for (const start of propertyNames(sourceFile)) {
    const tag = deprecatedTagAt(service, file, start) ?? "";
    const line = sourceFile.getLineAndCharacterOfPosition(start).line;
    if (tag.includes("not verified") && !markers.some((m) => m.line === line)) failures.push(`${where(line)}: unmarked deprecation ${JSON.stringify(tag)}`);
  }
  return failures;
}

/** Whether the completion list at the end of the property's name offers it struck through (kindModifiers "deprecated"). */
function struckThrough(service: ts.LanguageService, file: string, position: number, property: string): boolean {
  const entries = service.getCompletionsAtPosition(file, position + property.length, {})?.entries ?? [];
  return entries.some((e) => e.name === property && (e.kindModifiers ?? "").split(",").includes("deprecated"));
}

/** The start of every property name in the file's object literals. */
function propertyNames(sourceFile: ts.SourceFile): number[] {
  const starts: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) starts.push(node.name.getStart(sourceFile));
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return starts;
}

const fixture = join(repoRoot, "test", "types", "pass", "unverified-accepted.ts");

describe("editor > a refusal resting on inferred evidence compiles, struck through with the reason and 'not verified'", () => {
  test("every marked property of the pass fixture is deprecated with its fragments, and no other is 'not verified'", () => {
    const source = readFileSync(fixture, "utf8");
    expect(markersOf(source).length).toBeGreaterThanOrEqual(7);
    expect(deprecationFailures(fixture, source)).toStrictEqual([]);
  });

  test("negative controls: a marker over an accepted property, a wrong fragment and an unmarked deprecation all fail", () => {
    const head = 'import { chatCompletionRequest } from "../../../generated/index.js";\nconst messages = [{ role: "user" as const, content: "hi" }];\n';
    const accepted = `${head}// @expect-deprecated presence_penalty "not verified"\nexport const a = chatCompletionRequest({ model: "gpt-4o", messages, presence_penalty: 0.5 });\n`;
    expect(deprecationFailures(fixture, accepted)).toStrictEqual([
      "test/types/pass/unverified-accepted.ts:4: presence_penalty is not struck through",
      'test/types/pass/unverified-accepted.ts:4: presence_penalty\'s @deprecated "" lacks not verified',
    ]);
    const wrong = `${head}// @expect-deprecated presence_penalty "gpt-5"\nexport const a = chatCompletionRequest({ model: "o3", messages, presence_penalty: 0.5 });\n`;
    expect(deprecationFailures(fixture, wrong)).toHaveLength(1);
    const unmarked = `${head}export const a = chatCompletionRequest({ model: "o3", messages, presence_penalty: 0.5 });\n`;
    expect(deprecationFailures(fixture, unmarked)).toStrictEqual([
      expect.stringContaining("test/types/pass/unverified-accepted.ts:3: unmarked deprecation"),
    ]);
  });

  test("a refusal with confirmed evidence is deprecated without 'not verified'", () => {
    const source = `import { chatCompletionRequest } from "../../../generated/index.js";\nexport const a = chatCompletionRequest({ model: "o3", messages: [], logprobs: true });\n`;
    const service = serviceFor(fixture, source);
    const tag = deprecatedTagAt(service, fixture, source.indexOf("logprobs")) ?? "";
    expect(tag).toBe("o3 / o4-mini does not support logprobs: reasoning models return no token log probabilities");
    expect(ts.version.length).toBeGreaterThan(0);
  });
});
