import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { findConfig } from "../../src/cli/config-file.js";
import { configSchema } from "../../src/config/config-schema.js";
import { parseConfig } from "../../src/config/load-config.js";
import { Diagnostics, UserError } from "../../src/diagnostics/diagnostic.js";
import { repoRoot } from "../support/compilers.js";
import { tempDir } from "../support/temp-dir.js";

const read = (text: string, file = "/p/modelgate.config.yaml", key?: string) => {
  const diagnostics = new Diagnostics();
  const config = parseConfig({ file, text, diagnostics, ...(key && { key }) });
  return { config, errors: diagnostics.items.map((d) => `${d.location?.line}:${d.location?.column} ${d.code}: ${d.message}`) };
};

describe("config > parseConfig", () => {
  test("reads every key, with paths relative to the config's folder", () => {
    const { config, errors } = read(
      "spec: openapi/openapi.yaml\nout: src/gen\noverlays: [ours.yaml, ../shared.yaml]\ndefaultOverlay: false\nstrict: true\ndeployments: { my-o1: o1 }\n",
    );
    expect(errors).toStrictEqual([]);
    expect(config).toStrictEqual({
      file: "/p/modelgate.config.yaml",
      spec: "/p/openapi/openapi.yaml",
      out: "/p/src/gen",
      overlays: ["/p/ours.yaml", "/shared.yaml"],
      defaultOverlay: false,
      strict: true,
      deployments: { "my-o1": "o1" },
      deploymentLocations: { "my-o1": { file: "/p/modelgate.config.yaml", line: 6, column: 16 } },
    });
  });

  test("JSON reads the same, and package.json's modelgate key is read alone", () => {
    expect(read('{ "out": "gen" }', "/p/modelgate.config.json").config).toStrictEqual({ file: "/p/modelgate.config.json", out: "/p/gen" });
    const pkg = read('{ "name": "app", "modelgate": { "strict": true } }', "/p/package.json", "modelgate");
    expect(pkg.config).toStrictEqual({ file: "/p/package.json", strict: true });
    expect(read('{ "name": "app" }', "/p/package.json", "modelgate").config).toBeUndefined();
  });

  test.each([
    ["an unknown key", "spec: a.yaml\nsepc: b.yaml\n", '2:1 MG_CONFIG: unknown key "sepc"'],
    ["a wrong type", "strict: yes-please\n", '1:9 MG_CONFIG: "strict" must be true or false'],
    ["a path that is not a string", "out: 3\n", '1:6 MG_CONFIG: "out" must be a path (a non-empty string)'],
    ["overlays as one string", "overlays: ours.yaml\n", '1:11 MG_CONFIG: "overlays" must be a list of paths'],
    ["broken YAML", "spec: [a\n", "2:1 MG_CONFIG"],
  ])("%s is a located error", (_what, text, expected) => {
    expect(read(text).errors[0]).toContain(expected);
  });
});

describe("config > findConfig", () => {
  test("modelgate.config.json, then .yaml, then package.json's key; --config names another file", () => {
    const dir = tempDir("modelgate-config-");
    expect(findConfig({ cwd: dir })).toBeUndefined();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", modelgate: { out: "from-package" } }));
    expect(findConfig({ cwd: dir })?.out).toBe(join(dir, "from-package"));
    writeFileSync(join(dir, "modelgate.config.yaml"), "out: from-yaml\n");
    expect(findConfig({ cwd: dir })?.out).toBe(join(dir, "from-yaml"));
    writeFileSync(join(dir, "modelgate.config.json"), '{ "out": "from-json" }');
    expect(findConfig({ cwd: dir })?.out).toBe(join(dir, "from-json"));
    mkdirSync(join(dir, "cfg"));
    writeFileSync(join(dir, "cfg", "other.yaml"), "out: elsewhere\n");
    expect(findConfig({ cwd: dir, explicit: join(dir, "cfg", "other.yaml") })?.out).toBe(join(dir, "cfg", "elsewhere"));
  });

  test("a broken config found is a UserError with its location", () => {
    const dir = tempDir("modelgate-config-");
    writeFileSync(join(dir, "modelgate.config.yaml"), "strict: true\nbogus: 1\n");
    expect(() => findConfig({ cwd: dir })).toThrow(UserError);
    try {
      findConfig({ cwd: dir });
    } catch (error) {
      expect((error as UserError).diagnostics[0]?.location).toStrictEqual({ file: join(dir, "modelgate.config.yaml"), line: 2, column: 1 });
    }
  });
});

describe("config > JSON Schema", () => {
  test("overlays/config.schema.json is the schema made from the loader's key table (`npm run schemas` writes it)", () => {
    const committed = JSON.parse(readFileSync(join(repoRoot, "overlays", "config.schema.json"), "utf8"));
    expect(committed).toStrictEqual(configSchema());
  });

  test("what the loader accepts the schema accepts, and an unknown key both refuse", () => {
    const validate = new Ajv({ strict: false }).compile(configSchema());
    const good = "spec: a.yaml\nout: gen\noverlays: [o.yaml]\ndefaultOverlay: true\nstrict: false\ndeployments: { d: o1 }\n";
    expect(read(good).errors).toStrictEqual([]);
    expect(validate(parse(good))).toBe(true);
    const bad = "spec: a.yaml\nspek: b.yaml\n";
    expect(read(bad).errors.length).toBe(1);
    expect(validate(parse(bad))).toBe(false);
  });
});
