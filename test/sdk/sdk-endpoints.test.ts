import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { compileFixtures } from "../support/compile-fixtures.js";
import { compilers, repoRoot } from "../support/compilers.js";

// Compiles test/types/sdk/{uploads,endpoints}-assignable.ts against the committed generated/ output and the installed
// `openai` package's type declarations, under TypeScript 5.9, 6.0 and 7.0. Types only: nothing runs, no network.
const sdkDir = join(repoRoot, "test", "types", "sdk");
const fixtures = { uploads: "uploads-assignable.ts", endpoints: "endpoints-assignable.ts" } as const;

// As in sdk-compat.test.ts: NodeNext resolution for the package's `exports`; skipLibCheck keeps the SDK's own .d.ts
// files out of the verdict, while the fixtures and every SDK type they touch are checked in full.
const compilerOptions = { module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: true };

const sdkVersion = (JSON.parse(readFileSync(join(repoRoot, "node_modules", "openai", "package.json"), "utf8")) as { version: string })
  .version;

let failures: Map<string, string[]>;
beforeAll(async () => {
  failures = await compileFixtures({ dir: sdkDir, files: Object.values(fixtures).map((f) => join(sdkDir, f)), compilerOptions });
});

const located = (file: string) => `${relative(repoRoot, join(sdkDir, file))}:`;
function failuresOf(compiler: string, file: string): string[] {
  const all = failures.get(compiler) ?? [`[${compiler}] did not run`];
  const unclaimed = (f: string) => Object.values(fixtures).every((other) => !f.includes(located(other)));
  return all.filter((f) => f.includes(located(file)) || unclaimed(f));
}

describe(`sdk > openai ${sdkVersion} and the images, audio, embeddings and completions builders`, () => {
  test("files from fs.createReadStream, File, Blob, Response and byte streams fit the builders, whose output fits ImageEditParams and TranscriptionCreateParams; a StreamingFile does not fit", () => {
    for (const compiler of compilers) expect(failuresOf(compiler.name, fixtures.uploads), compiler.name).toStrictEqual([]);
  });

  test("image, speech, embedding and completion builder output and union members are assignable to the SDK's params", () => {
    for (const compiler of compilers) expect(failuresOf(compiler.name, fixtures.endpoints), compiler.name).toStrictEqual([]);
  });
});
