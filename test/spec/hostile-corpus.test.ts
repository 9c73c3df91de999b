/**
 * The corpus of hostile specs and overlays (test/fixtures/hostile; the large ones are built here): each input with
 * the one diagnostic it must give, at its line, or `ok` when it must generate. Every input runs through the CLI, so
 * each also proves the exit code: 2 for an error, 0 for `ok`, never 3 (an internal error).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Code } from "../../src/diagnostics/codes.js";
import { repoRoot } from "../support/compilers.js";
import { fanOutAliasSpec, fanOutRefSpec } from "../support/hostile-specs.js";
import { runCli } from "../support/run-cli.js";
import { tempDir } from "../support/temp-dir.js";

const hostile = join(repoRoot, "test", "fixtures", "hostile");
const spec = (name: string): string => join(hostile, "specs", name);
const overlay = (name: string): string => join(hostile, "overlays", name);
const controlSpec = spec("ranged-chat.yaml");
const controlOverlay = overlay("base.yaml");
/** The overlay whose model ids the built specs of test/support/hostile-specs.ts list. */
const minimalChatOverlay = join(repoRoot, "test", "fixtures", "overlays", "minimal-chat.yaml");

/** Inputs built by the test: too large, binary, or both, to keep as files. */
const built: Record<string, () => string | Uint8Array> = {
  "fan-out-refs-9.yaml": () => fanOutRefSpec(9),
  "fan-out-aliases-9.yaml": () => fanOutAliasSpec(9, "anyOf"),
  "utf16-bom.yaml": () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fanOutRefSpec(1), "utf16le")]),
  "utf16-no-bom.yaml": () => Buffer.from(fanOutRefSpec(1), "utf16le"),
  "utf16-no-bom-overlay.yaml": () => Buffer.from(readFileSync(controlOverlay, "utf8"), "utf16le"),
};

interface Case {
  spec: string;
  overlay: string;
  /** The one error expected (code and line), or "ok". */
  expected: [Code, number | undefined] | "ok";
}

const specCases: Record<string, Case["expected"]> = {
  "ranged-chat.yaml": "ok",
  "recursion-ok.yaml": "ok",
  "multi-document.yaml": ["MG_SPEC_PARSE", 3],
  "no-endpoints.json": ["MG_SPEC_NO_ENDPOINTS", 1],
  "swagger-2.yaml": ["MG_SPEC_NOT_OPENAPI", 1],
  "scalar-document.yaml": ["MG_SPEC_NOT_OPENAPI", 1],
  "request-self-ref.yaml": ["MG_SPEC_REQUEST_REF", 23],
  "allof-loop.yaml": ["MG_SPEC_REF_CYCLE", 25],
  "anyof-loop.yaml": ["MG_SPEC_REF_CYCLE", 24],
  "ref-chain-loop.yaml": ["MG_SPEC_BAD_REF", 25],
  "ref-nowhere.yaml": ["MG_SPEC_BAD_REF", 23],
  "ref-outside-schemas.yaml": ["MG_SPEC_BAD_REF", 23],
  "ref-external.yaml": ["MG_SPEC_BAD_REF", 23],
  "alias-bomb.yaml": ["MG_SPEC_ALIAS_EXPANSION", 17],
};

const builtSpecCases: Record<string, Case["expected"]> = {
  "fan-out-refs-9.yaml": "ok",
  "fan-out-aliases-9.yaml": ["MG_SPEC_ALIAS_EXPANSION", 16],
  "utf16-bom.yaml": "ok",
  "utf16-no-bom.yaml": ["MG_SPEC_PARSE", 1],
};

const overlayCases: Record<string, Case["expected"]> = {
  "base.yaml": "ok",
  "empty.yaml": ["MG_OVERLAY_SHAPE", 1],
  "multi-document.yaml": ["MG_OVERLAY_PARSE", 2],
  "value-wrong-type.yaml": ["MG_OVERLAY_VALUE_TYPE", 9],
  "value-out-of-range.yaml": ["MG_OVERLAY_VALUE_TYPE", 9],
  "default-wrong-type.yaml": ["MG_OVERLAY_VALUE_TYPE", 9],
  "requires-wrong-type.yaml": ["MG_OVERLAY_VALUE_TYPE", 9],
  "unknown-value.yaml": ["MG_OVERLAY_UNKNOWN_VALUE", 9],
  "unknown-param.yaml": ["MG_OVERLAY_UNKNOWN_PARAM", 9],
  "extends-itself.yaml": ["MG_OVERLAY_CYCLE", 11],
  "family-collision.yaml": ["MG_NAME_COLLISION", undefined],
  "proto-keys.yaml": ["MG_OVERLAY_UNKNOWN_MODEL", 11],
  "no-endpoint.yaml": ["MG_SPEC_NO_ENDPOINTS", undefined],
};

function buildInput(dir: string, name: string): string {
  const make = built[name];
  if (!make) throw new Error(`no builder for ${name}`);
  const file = join(dir, name);
  writeFileSync(file, make());
  return file;
}

function cases(): [string, Case][] {
  return [
    ...Object.entries(specCases).map(([name, expected]): [string, Case] => [
      `spec ${name}`,
      { spec: spec(name), overlay: controlOverlay, expected },
    ]),
    ...Object.entries(builtSpecCases).map(([name, expected]): [string, Case] => [
      `built spec ${name}`,
      { spec: `built:${name}`, overlay: minimalChatOverlay, expected },
    ]),
    ...Object.entries(overlayCases).map(([name, expected]): [string, Case] => [
      `overlay ${name}`,
      { spec: controlSpec, overlay: overlay(name), expected },
    ]),
    [
      "built overlay utf16-no-bom-overlay.yaml",
      { spec: controlSpec, overlay: `built:utf16-no-bom-overlay.yaml`, expected: ["MG_OVERLAY_PARSE", 1] },
    ],
  ];
}

/** `file:line:col error CODE:` lines of the CLI's stderr, as [code, line]. */
function errorsOf(err: string): [string, number | undefined][] {
  return [...err.matchAll(/^(?:(.+?):(\d+):\d+ )?error (MG_[A-Z_]+):/gm)].map((m) => [m[3] ?? "", m[2] ? Number(m[2]) : undefined]);
}

describe("hostile corpus > each input gives its one diagnostic, located, exit 2 (or generates, exit 0)", { timeout: 60_000 }, () => {
  test.each(cases())("%s", async (_label, c) => {
    const dir = tempDir();
    const specFile = c.spec.startsWith("built:") ? buildInput(dir, c.spec.slice(6)) : c.spec;
    const overlayFile = c.overlay.startsWith("built:") ? buildInput(dir, c.overlay.slice(6)) : c.overlay;
    const run = await runCli(["generate", "--spec", specFile, "--no-default-overlay", "--overlay", overlayFile, "--out", join(dir, "out")]);
    if (c.expected === "ok") {
      expect(errorsOf(run.err), run.err).toStrictEqual([]);
      expect(run.code).toBe(0);
    } else {
      expect(errorsOf(run.err), run.err).toStrictEqual([c.expected]);
      expect(run.code, run.err).toBe(2);
    }
  });
});

describe("hostile corpus > diff", () => {
  test("a multi-document spec on either side > MG_SPEC_PARSE at the second document, exit 2 (was exit 3)", async () => {
    for (const argv of [
      ["diff", spec("multi-document.yaml"), controlSpec],
      ["diff", controlSpec, spec("multi-document.yaml")],
    ]) {
      const run = await runCli([...argv, "--no-default-overlay", "--overlay", controlOverlay]);
      expect(errorsOf(run.err), run.err).toStrictEqual([["MG_SPEC_PARSE", 3]]);
      expect(run.code).toBe(2);
    }
  });
});
