import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { CapabilityModel, EndpointCapabilities } from "../../src/capabilities/capability-model.js";
import { resolveCapabilities } from "../../src/capabilities/resolve-capabilities.js";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { parseOverlay } from "../../src/overlay/load-overlay.js";
import type { Overlay, Provenance } from "../../src/overlay/overlay-schema.js";
import { validateOverlay } from "../../src/overlay/validate-overlay.js";
import { parseSpec } from "../../src/spec/load-spec.js";
import { indexSpec } from "../../src/spec/spec-index.js";
import { compareStrings } from "../../src/util/closest.js";
import { brief } from "./overlay-fixtures.js";

/** OpenAI's published specs, in ../shared beside the repository (as in CI), and the default overlay. */
const specsDir = fileURLToPath(new URL("../../../shared/openai-openapi/", import.meta.url));
const overlayPath = fileURLToPath(new URL("../../overlays/openai.yaml", import.meta.url));
const newest = "2026-08-21.yaml";
const olderSpecs = readdirSync(specsDir)
  .filter((name) => name.endsWith(".yaml") && name !== newest)
  .sort();

function parseDefaultOverlay(diagnostics: Diagnostics): Overlay {
  const overlay = parseOverlay({ file: "openai.yaml", bytes: readFileSync(overlayPath), diagnostics });
  if (!overlay) throw new Error(`the default overlay did not parse: ${diagnostics.items.map(brief).join("; ")}`);
  return overlay;
}

const runs = new Map<string, { model: CapabilityModel; diagnostics: Diagnostics }>();

/** The default overlay validated and resolved against one shared spec, once per test run. */
function runDefault(specName: string): { model: CapabilityModel; diagnostics: Diagnostics } {
  const cached = runs.get(specName);
  if (cached) return cached;
  const diagnostics = new Diagnostics();
  const spec = parseSpec({ file: specName, bytes: readFileSync(`${specsDir}${specName}`), diagnostics });
  if (!spec) throw new Error(`${specName} did not parse`);
  const index = indexSpec({ spec, diagnostics });
  const overlay = validateOverlay({ overlay: parseDefaultOverlay(diagnostics), index, diagnostics });
  const run = { model: resolveCapabilities({ index, overlay, diagnostics }), diagnostics };
  runs.set(specName, run);
  return run;
}

function chat(specName: string): EndpointCapabilities {
  const found = runDefault(specName).model.endpoints.find((e) => e.spec.key === "chat.completions");
  if (!found) throw new Error(`${specName}: no chat.completions`);
  return found;
}

/** The endpoints beside chat that the default overlay covers, with how many model ids each lists in the newest spec. */
const otherEndpoints = [
  ["images.generate", 7],
  ["images.edit", 7],
  ["embeddings", 3],
  ["completions", 3],
  ["audio.speech", 4],
  ["audio.transcriptions", 6],
] as const;

function endpointOf(specName: string, key: string): EndpointCapabilities | undefined {
  return runDefault(specName).model.endpoints.find((e) => e.spec.key === key);
}

const codesOf = (diagnostics: Diagnostics, code: string): string[] => diagnostics.items.filter((d) => d.code === code).map(brief);

describe(`default overlay on the newest spec (${newest})`, () => {
  test("reports no error", () => {
    expect(runDefault(newest).diagnostics.errors().map(brief)).toStrictEqual([]);
  });

  test("skips nothing: no MG_OVERLAY_SKIPPED note, so a typo cannot hide behind `missing-in-spec: skip`", () => {
    expect(codesOf(runDefault(newest).diagnostics, "MG_OVERLAY_SKIPPED")).toStrictEqual([]);
  });

  test("chat completions > leaves no id unclassified and warns about none", () => {
    expect([chat(newest).unclassified, codesOf(runDefault(newest).diagnostics, "MG_COVERAGE_UNCLASSIFIED")]).toStrictEqual([[], []]);
  });

  test("chat completions > each of the 83 ids is served with a profile or unserved with a reason", () => {
    const endpoint = chat(newest);
    const servedWithProfile = endpoint.models.filter((m) => m.profile !== "").map((m) => m.id);
    const unservedWithReason = endpoint.unserved.filter((u) => u.reason.trim() !== "" && u.sources.length > 0).map((u) => u.id);
    const ids = endpoint.spec.modelIds;
    expect(ids).toHaveLength(83);
    const covered = [...servedWithProfile, ...unservedWithReason.filter((id) => ids.includes(id))];
    expect(covered.sort(compareStrings)).toStrictEqual([...ids].sort(compareStrings));
  });
});

describe("default overlay > explicit null (issue 11)", () => {
  test("non-reasoning chat models take reasoning_effort as null only (values: [null], the spec's nullable enum allows it)", () => {
    const gpt4o = chat(newest).profiles.find((p) => p.models.includes("gpt-4o"));
    const rules = gpt4o?.params.reasoning_effort?.rules.map((r) => (r.kind === "values" ? [r.kind, r.values] : [r.kind]));
    expect(rules).toStrictEqual([["values", [null]]]);
  });
});

describe("default overlay > evidence levels (issue 11)", () => {
  const overlay = parseDefaultOverlay(new Diagnostics());
  const refusals = [...overlay.families.values(), ...overlay.models.values()].flatMap((entry) =>
    [...entry.endpoints].flatMap(([endpoint, block]) => [
      ...[...block.params]
        .filter(([, rule]) => rule.kind !== "accept")
        .map(([param, rule]) => ({ at: `${entry.name} ${endpoint} ${param}`, rule })),
      ...[...block.roles].map(([role, rule]) => ({ at: `${entry.name} ${endpoint} role ${role}`, rule })),
    ]),
  );

  test("no refusal lacks an evidence level", () => {
    expect(refusals.length).toBeGreaterThan(150);
    expect(refusals.filter((r) => r.rule.evidence === undefined).map((r) => r.at)).toStrictEqual([]);
  });

  test("a rule resting on the spec alone says spec, not confirmed", () => {
    const specOnly = refusals.filter((r) => r.rule.sources.every((s) => s.startsWith("SPEC")));
    expect(specOnly.length).toBeGreaterThan(20);
    expect(specOnly.filter((r) => r.rule.evidence !== "spec").map((r) => r.at)).toStrictEqual([]);
  });
});

describe.each(otherEndpoints)(`default overlay on the newest spec (${newest}) > %s`, (key, count) => {
  test("is covered, so generation emits it", () => {
    expect(endpointOf(newest, key)?.spec.key).toBe(key);
  });

  test("leaves no id unclassified and warns about none of its ids", () => {
    const warnings = codesOf(runDefault(newest).diagnostics, "MG_COVERAGE_UNCLASSIFIED").filter((w) => w.includes(` of ${key} `));
    expect([endpointOf(newest, key)?.unclassified, warnings]).toStrictEqual([[], []]);
  });

  test(`serves each of its ${count} ids`, () => {
    const endpoint = endpointOf(newest, key);
    const ids = endpoint?.spec.modelIds ?? [];
    expect(ids).toHaveLength(count);
    expect((endpoint?.models ?? []).map((m) => m.id)).toStrictEqual(ids);
  });
});

test("default overlay > chat models are not served on legacy completions: the spec does not list them there", () => {
  const unserved = endpointOf(newest, "completions")?.unserved.find((u) => u.id === "gpt-4o");
  expect(unserved).toStrictEqual({ id: "gpt-4o", reason: "the spec does not list it for POST /completions", sources: ["SPEC"] });
});

test("default overlay > every rule, role rule and served rule > cites only sources defined under `sources:`", () => {
  const diagnostics = new Diagnostics();
  const overlay = parseDefaultOverlay(diagnostics);
  expect(diagnostics.items.map(brief)).toStrictEqual([]);
  const undefinedCitations: string[] = [];
  const check = (entry: string, what: string, p: Provenance): void => {
    for (const key of p.sources) if (!overlay.sources.has(key)) undefinedCitations.push(`${entry} ${what}: ${key}`);
  };
  let rules = 0;
  for (const entry of [...overlay.families.values(), ...overlay.models.values()]) {
    for (const [key, block] of entry.endpoints) {
      if (block.served) check(entry.name, `${key} served`, block.served);
      for (const [param, rule] of block.params) check(entry.name, param, rule);
      for (const [role, rule] of block.roles) check(entry.name, `role ${role}`, rule);
      rules += block.params.size + block.roles.size + (block.served ? 1 : 0);
    }
  }
  expect(rules).toBeGreaterThan(50); // the walk saw the overlay's rules
  expect(undefinedCitations).toStrictEqual([]);
});

describe.each(olderSpecs)("default overlay on the older spec %s", (specName) => {
  test("reports no error and one MG_OVERLAY_SKIPPED note", () => {
    const { diagnostics } = runDefault(specName);
    const skipped = diagnostics.items.filter((d) => d.code === "MG_OVERLAY_SKIPPED");
    expect([diagnostics.errors().map(brief), skipped.map((d) => d.severity)]).toStrictEqual([[], ["note"]]);
  });

  test("chat completions > leaves no id unclassified", () => {
    expect(chat(specName).unclassified).toStrictEqual([]);
  });

  test("images, embeddings, completions, speech and transcriptions > leave no id unclassified where the spec has them", () => {
    const unclassified = otherEndpoints.flatMap(([key]) => (endpointOf(specName, key)?.unclassified ?? []).map((id) => `${key}: ${id}`));
    expect(unclassified).toStrictEqual([]);
  });
});
