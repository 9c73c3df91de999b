import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { type EndpointKey, endpointInfo, endpointKeys } from "../../src/spec/endpoints.js";
import { compileFixtures } from "../support/compile-fixtures.js";
import { compilers, repoRoot } from "../support/compilers.js";

// Compiles test/types/sdk/*.ts against the committed generated/ output and the installed `openai` package's type
// declarations, under TypeScript 5.9, 6.0 and 7.0. Types only: the fixtures declare a client and never run, so
// there is no network and no SDK code executes (openai 7 wants Node 22 at run time).
const sdkDir = join(repoRoot, "test", "types", "sdk");
const fixtures = {
  accepted: "create-accepts-builders.ts",
  assignable: "assignable.ts",
  rejected: "create-rejects-inline.ts",
  mismatch: "sdk-newer-than-spec.ts",
  responses: "responses-create.ts",
  uploads: "uploads-assignable.ts",
  endpoints: "endpoints-assignable.ts",
  sdkTyped: "sdk-typed-into-builders.ts",
  sdkParams: "sdk-params-into-builders.ts",
} as const;

/** The SDK version every fixture here was checked against; a new SDK must be checked again before this changes. */
const checkedSdkVersion = "7.57.0";

/**
 * For every endpoint, both directions as checked against `checkedSdkVersion`: `intoSdk`, the fixture where builder
 * output and the union go into the SDK's params; `fromSdk`, the one where values typed with the SDK's types go into the
 * builder. A new endpoint without both fails the version test below.
 */
const directions: Record<EndpointKey, { intoSdk: keyof typeof fixtures; fromSdk: keyof typeof fixtures }> = {
  "chat.completions": { intoSdk: "accepted", fromSdk: "sdkTyped" },
  responses: { intoSdk: "responses", fromSdk: "sdkTyped" },
  completions: { intoSdk: "endpoints", fromSdk: "sdkParams" },
  embeddings: { intoSdk: "endpoints", fromSdk: "sdkParams" },
  "images.generate": { intoSdk: "endpoints", fromSdk: "sdkParams" },
  "images.edit": { intoSdk: "uploads", fromSdk: "sdkParams" },
  "audio.speech": { intoSdk: "endpoints", fromSdk: "sdkParams" },
  "audio.transcriptions": { intoSdk: "uploads", fromSdk: "sdkParams" },
  moderations: { intoSdk: "endpoints", fromSdk: "sdkParams" },
};
const fixtureText = (name: keyof typeof fixtures) => readFileSync(join(sdkDir, fixtures[name]), "utf8");

// `import OpenAI from "openai"` resolves through the package's `exports` map from the repo's node_modules, which
// needs Node16/NodeNext resolution. skipLibCheck keeps the SDK's own .d.ts files out of the verdict; the fixtures
// themselves, and every SDK type they touch, are still checked in full.
const compilerOptions = { module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: true };

const sdkVersion = (JSON.parse(readFileSync(join(repoRoot, "node_modules", "openai", "package.json"), "utf8")) as { version: string })
  .version;

// One program holds every fixture (a compile takes tens of seconds); each test then judges the failures located in
// its own file, plus any that no fixture claims (global diagnostics, crashes, errors inside generated/).
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

describe("sdk > version", () => {
  test(`the installed openai package is ${checkedSdkVersion}, the version the SDK fixtures were checked against`, () => {
    expect(sdkVersion).toBe(checkedSdkVersion);
  });

  test(`every endpoint is checked against openai ${checkedSdkVersion} in both directions: builder output and union into the SDK, SDK-typed values into the builder`, () => {
    expect(Object.keys(directions).sort()).toStrictEqual([...endpointKeys].sort());
    for (const key of endpointKeys) {
      const { builder, union } = endpointInfo(key);
      const { intoSdk, fromSdk } = directions[key];
      expect(fixtureText(intoSdk), `${key}: ${builder}( in ${fixtures[intoSdk]}`).toContain(`${builder}(`);
      expect(fixtureText(intoSdk), `${key}: a ${union} into the SDK in ${fixtures[intoSdk]}`).toMatch(
        new RegExp(`declare const \\w+: ${union};`),
      );
      expect(fixtureText(fromSdk), `${key}: ${builder}( in ${fixtures[fromSdk]}`).toContain(`${builder}(`);
    }
  });
});

describe(`sdk > openai ${sdkVersion} accepts generated builders`, () => {
  test("create() takes each builder's output unchanged and returns ChatCompletion, or Stream<ChatCompletionChunk> for stream: true", () => {
    for (const compiler of compilers) expect(failuresOf(compiler.name, fixtures.accepted), compiler.name).toStrictEqual([]);
  });

  test("builder output is assignable to the SDK's request types, and SDK-typed messages, tools and formats fit builder input", () => {
    for (const compiler of compilers) expect(failuresOf(compiler.name, fixtures.assignable), compiler.name).toStrictEqual([]);
  });

  test("a builder inline in create() still rejects logprobs, temperature 0.5 and stream_options for o1", () => {
    for (const compiler of compilers) expect(failuresOf(compiler.name, fixtures.rejected), compiler.name).toStrictEqual([]);
  });

  test("responses.create() takes builder output with exact return types, and the CreateResponse union is its params type", () => {
    for (const compiler of compilers) expect(failuresOf(compiler.name, fixtures.responses), compiler.name).toStrictEqual([]);
  });

  test("SDK-typed image parts, user messages and histories fit builder input: the overlay widens the spec with detail 'original' (openai 7.26.0)", () => {
    for (const compiler of compilers) expect(failuresOf(compiler.name, fixtures.mismatch), compiler.name).toStrictEqual([]);
  });
});

describe(`sdk > openai ${sdkVersion} and the images, audio, embeddings and completions builders`, () => {
  test("files from fs.createReadStream, File, Blob, Response and byte streams fit the builders, whose output fits ImageEditParams and TranscriptionCreateParams; a StreamingFile does not fit", () => {
    for (const compiler of compilers) expect(failuresOf(compiler.name, fixtures.uploads), compiler.name).toStrictEqual([]);
  });

  test("SDK-typed messages, tools and whole params fit builders where the model accepts all they allow; wider ones are refused naming model and reason", () => {
    for (const compiler of compilers) expect(failuresOf(compiler.name, fixtures.sdkTyped), compiler.name).toStrictEqual([]);
  });

  test("whole SDK-typed speech, embedding, completion and moderation params fit the builders; image and transcription params wider than the model are refused naming model and reason", () => {
    for (const compiler of compilers) expect(failuresOf(compiler.name, fixtures.sdkParams), compiler.name).toStrictEqual([]);
  });

  test("image, speech, embedding and completion builder output and union members are assignable to the SDK's params", () => {
    for (const compiler of compilers) expect(failuresOf(compiler.name, fixtures.endpoints), compiler.name).toStrictEqual([]);
  });
});
