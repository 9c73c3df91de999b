import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { parseSpec } from "../../src/spec/load-spec.js";
import { getAtPointer } from "../../src/spec/resolve-ref.js";
import { indexSpec } from "../../src/spec/spec-index.js";
import type { EndpointSpec, SpecIndex } from "../../src/spec/spec-types.js";
import { indexData } from "../support/spec-fixtures.js";

/** OpenAI's published specs, in ../shared beside the repository (as in CI). */
const specsDir = fileURLToPath(new URL("../../../shared/openai-openapi/", import.meta.url));
const specFiles = readdirSync(specsDir)
  .filter((name) => /\.(ya?ml|json)$/.test(name))
  .sort();

const indexes = new Map<string, { index: SpecIndex; diagnostics: Diagnostics }>();

/** Each real spec is parsed and indexed once per test run. */
function indexRealSpec(name: string): { index: SpecIndex; diagnostics: Diagnostics } {
  const cached = indexes.get(name);
  if (cached) return cached;
  const diagnostics = new Diagnostics();
  const spec = parseSpec({ file: name, bytes: readFileSync(`${specsDir}${name}`), diagnostics });
  if (!spec) throw new Error(`${name} did not parse: ${diagnostics.items.map((d) => d.message).join("; ")}`);
  const result = { index: indexSpec({ spec, diagnostics }), diagnostics };
  indexes.set(name, result);
  return result;
}

function chat(name: string): EndpointSpec {
  const found = indexRealSpec(name).index.endpoints.find((e) => e.key === "chat.completions");
  if (!found) throw new Error(`${name}: no chat.completions`);
  return found;
}

function paramNames(endpoint: EndpointSpec): string[] {
  return endpoint.params.map((p) => p.name);
}

test("real specs > the shared folder > holds the seven dates from 2024-08-30 to 2026-08-21", () => {
  expect(specFiles[0]).toBe("2024-08-30.yaml");
  expect(specFiles).toContain("2026-08-21.yaml");
  expect(specFiles).toContain("2026-08-21.json");
});

describe.each(specFiles)("real spec %s", (name) => {
  test("parses and indexes without errors", () => {
    const { diagnostics } = indexRealSpec(name);
    expect(diagnostics.errors()).toStrictEqual([]);
  });

  test("chat completions > has messages and model with model ids", () => {
    const endpoint = chat(name);
    expect(endpoint.requestSchema).toBe("CreateChatCompletionRequest");
    expect(paramNames(endpoint)).toEqual(expect.arrayContaining(["messages", "model"]));
    expect(endpoint.modelIds.length).toBeGreaterThan(0);
    expect(endpoint.modelOpen).toBe(true);
  });
});

describe.each(["2026-08-21.yaml", "2026-08-21.json"])("real spec %s", (name) => {
  test("chat completions > lists exactly the 83 ids of ModelIdsShared", () => {
    const { index } = indexRealSpec(name);
    const shared = getAtPointer(index.spec.document, "/components/schemas/ModelIdsShared/anyOf/1/enum");
    const ids = chat(name).modelIds;
    expect(ids).toHaveLength(83);
    expect(ids).toStrictEqual(shared);
    expect(ids).toEqual(expect.arrayContaining(["o1", "gpt-4o-mini", "gpt-5.6-sol"]));
  });

  test("chat completions > top_logprobs is nullable (the chat declaration wins)", () => {
    const topLogprobs = chat(name).params.find((p) => p.name === "top_logprobs");
    expect([topLogprobs?.nullable, topLogprobs?.pointer]).toStrictEqual([
      true,
      "/components/schemas/CreateChatCompletionRequest/allOf/1/properties/top_logprobs",
    ]);
  });

  test("chat completions > message roles are system, developer, user, assistant, tool and function", () => {
    const roles = chat(name).messageRoles?.map((r) => r.role);
    expect(roles?.slice().sort()).toStrictEqual(["assistant", "developer", "function", "system", "tool", "user"]);
  });

  test("responses > lists 102 model ids", () => {
    const responses = indexRealSpec(name).index.endpoints.find((e) => e.key === "responses");
    expect(responses?.modelIds).toHaveLength(102);
    expect(responses?.modelOpen).toBe(true);
  });

  test("images.edit > reads the contract's multipart CreateImageEditRequest, not the JSON variant", () => {
    const edit = indexRealSpec(name).index.endpoints.find((e) => e.key === "images.edit");
    expect([edit?.requestSchema, edit?.contentType]).toStrictEqual(["CreateImageEditRequest", "multipart/form-data"]);
  });

  test("allModelIds > includes every endpoint's ids and ids used only elsewhere", () => {
    const { index } = indexRealSpec(name);
    for (const endpoint of index.endpoints) for (const id of endpoint.modelIds) expect(index.allModelIds).toContain(id);
    const endpointIds = new Set(index.endpoints.flatMap((e) => e.modelIds));
    expect([...index.allModelIds].some((id) => !endpointIds.has(id))).toBe(true);
  });
});

test("real spec 2026-08-21 > YAML and JSON > give the same index", () => {
  expect(indexData(indexRealSpec("2026-08-21.json").index)).toStrictEqual(indexData(indexRealSpec("2026-08-21.yaml").index));
});

test("real spec 2024-08-30 > chat completions > lacks max_completion_tokens; 2024-09-13 has it", () => {
  expect(paramNames(chat("2024-08-30.yaml"))).not.toContain("max_completion_tokens");
  expect(paramNames(chat("2024-09-13.yaml"))).toContain("max_completion_tokens");
});

test("real spec 2024-08-30 > responses > is skipped with a MG_SPEC_MISSING_ENDPOINT note", () => {
  const { index, diagnostics } = indexRealSpec("2024-08-30.yaml");
  expect(index.endpoints.map((e) => e.key)).not.toContain("responses");
  expect(diagnostics.items.map((d) => [d.code, d.severity])).toStrictEqual([["MG_SPEC_MISSING_ENDPOINT", "note"]]);
});
