import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { findConfig } from "../../src/cli/config-file.js";
import { UserError } from "../../src/diagnostics/diagnostic.js";
import { tempDir } from "../support/temp-dir.js";

// Counts the uses of the position-keeping `yaml` package (the real one is still returned), and any static import of
// it: the factory of the `yaml` mock runs when some module imports it.
const loads = vi.hoisted(() => ({ count: 0, imported: 0 }));
vi.mock("yaml", async (importOriginal) => {
  loads.imported++;
  return await importOriginal();
});
vi.mock("../../src/util/lazy-yaml.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/util/lazy-yaml.js")>();
  return {
    yamlPackage: () => {
      loads.count++;
      return real.yamlPackage();
    },
  };
});

describe("config > package.json without a modelgate key", () => {
  beforeEach(() => {
    loads.count = 0;
  });

  test("is read without the yaml package (every app has one; generate should not pay for it)", () => {
    const dir = tempDir("modelgate-config-");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", dependencies: { openai: "^7" } }));
    expect(findConfig({ cwd: dir })).toBeUndefined();
    expect(loads.count).toBe(0);
    expect(loads.imported).toBe(0);
  });

  test("with the key, it is parsed with positions, so a bad value is located", () => {
    const dir = tempDir("modelgate-config-");
    writeFileSync(join(dir, "package.json"), '{\n  "name": "app",\n  "modelgate": { "strict": "yes" }\n}\n');
    expect(() => findConfig({ cwd: dir })).toThrow(UserError);
    expect(loads.count).toBeGreaterThan(0);
    try {
      findConfig({ cwd: dir });
    } catch (error) {
      expect((error as UserError).diagnostics[0]?.location).toStrictEqual({ file: join(dir, "package.json"), line: 3, column: 28 });
    }
  });

  test("a package.json that is not JSON is still reported with its line, as before", () => {
    const dir = tempDir("modelgate-config-");
    writeFileSync(join(dir, "package.json"), '{\n  "name": "app",\n  "modelgate": { "strict": true }\n  "x": [\n}\n');
    expect(() => findConfig({ cwd: dir })).toThrow(UserError);
    expect(loads.count).toBeGreaterThan(0);
  });
});
