import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { initFiles, initProject } from "../../src/cli/init.js";
import { parseConfig } from "../../src/config/load-config.js";
import { Diagnostics, UserError } from "../../src/diagnostics/diagnostic.js";
import { capabilities } from "../../src/index.js";
import { repoRoot } from "../support/compilers.js";
import { tempDir } from "../support/temp-dir.js";

const schema = (name: string) => JSON.parse(readFileSync(join(repoRoot, "overlays", name), "utf8"));

describe("init", () => {
  test("writes a starter config and an empty user overlay that load, pass their schemas and point editors at them", () => {
    const dir = tempDir("modelgate-init-");
    expect(initProject(dir)).toStrictEqual([initFiles.config, initFiles.overlay]);
    const configText = readFileSync(join(dir, initFiles.config), "utf8");
    const overlayText = readFileSync(join(dir, initFiles.overlay), "utf8");
    expect(configText.split("\n")[0]).toBe("# yaml-language-server: $schema=./node_modules/modelgate/overlays/config.schema.json");
    expect(overlayText.split("\n")[0]).toBe("# yaml-language-server: $schema=../node_modules/modelgate/overlays/overlay.schema.json");
    const diagnostics = new Diagnostics();
    const config = parseConfig({ file: join(dir, initFiles.config), text: configText, diagnostics });
    expect(diagnostics.items).toStrictEqual([]);
    expect(config?.overlays).toStrictEqual([join(dir, initFiles.overlay)]);
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(schema("config.schema.json"), parse(configText))).toBe(true);
    expect(ajv.validate(schema("overlay.schema.json"), parse(overlayText))).toBe(true);
    const spec = join(repoRoot, "..", "shared", "openai-openapi", "2026-08-21.yaml");
    const layered = capabilities({
      spec: { file: spec, bytes: readFileSync(spec) },
      overlays: [{ file: initFiles.overlay, bytes: Buffer.from(overlayText) }],
    });
    expect(layered.model.overlay.file).toBe(`overlays/openai.yaml + ${initFiles.overlay}`);
  });

  test("the commented examples in the starter overlay are valid rules once uncommented", () => {
    const dir = tempDir("modelgate-init-");
    initProject(dir);
    const text = readFileSync(join(dir, initFiles.overlay), "utf8")
      .replace("sources: {}\n#", "sources:\n ")
      .replace("models: {}\n", "models:\n")
      .replace(/^#( {2}.*)$/gm, "$1");
    const spec = join(repoRoot, "..", "shared", "openai-openapi", "2026-08-21.yaml");
    const { model } = capabilities({
      spec: { file: spec, bytes: readFileSync(spec) },
      overlays: [{ file: "mine.yaml", bytes: Buffer.from(text) }],
    });
    const chat = model.endpoints.find((e) => e.spec.key === "chat.completions");
    const profileOf = (id: string) => chat?.profiles.find((p) => p.name === chat.models.find((m) => m.id === id)?.profile);
    expect(profileOf("gpt-4o")?.params.seed?.rules[0]?.kind).toBe("reject");
    expect(profileOf("o3")?.params.logprobs).toBeUndefined();
    expect(chat?.models.find((m) => m.id === "o9-preview")?.profile).toBe(chat?.models.find((m) => m.id === "o3")?.profile);
  });

  test("never replaces a file that exists", () => {
    const dir = tempDir("modelgate-init-");
    writeFileSync(join(dir, initFiles.config), "out: mine\n");
    expect(() => initProject(dir)).toThrow(UserError);
    expect(readFileSync(join(dir, initFiles.config), "utf8")).toBe("out: mine\n");
  });
});
