import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runtimeTable } from "../../src/emit/emit-runtime.js";
import { formatExplanation } from "../../src/explain/format-explanation.js";
import { capabilities, explain, type InputFile } from "../../src/index.js";
import { type EndpointTable, validateWith } from "../../templates/runtime.js";
import { repoRoot } from "../support/compilers.js";
import { errorsOf } from "../support/thrown.js";

/** Layers over the built-in overlay, checked on the newest spec, as a user writes them. */
const specPath = join(repoRoot, "..", "shared", "openai-openapi", "2026-08-21.yaml");
const spec: InputFile = { file: "spec.yaml", bytes: readFileSync(specPath) };
const layer = (text: string, file = "mine.yaml"): InputFile => ({ file, bytes: Buffer.from(text, "utf8") });

function chatProfile(overlays: InputFile[], id: string) {
  const { model } = capabilities({ spec, overlays });
  const chat = model.endpoints.find((e) => e.spec.key === "chat.completions");
  const name = chat?.models.find((m) => m.id === id)?.profile ?? "";
  return chat?.profiles.find((p) => p.name === name);
}

/** A verdict as a single overlay gives it: without the `layer` a layered run adds to each Why. */
function withoutLayer<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, inner) => (key === "layer" ? undefined : inner)));
}

describe("overlay layers > shutdowns judged against as-of", () => {
  const chatOf = (overlays: InputFile[]) => capabilities({ spec, overlays }).model.endpoints.find((e) => e.spec.key === "chat.completions");
  const request = { model: "gpt-5-chat-latest", messages: [{ role: "user", content: "hi" }] };

  test("a model shut down on or before as-of is retired: not served, with the date and the replacement, at run time too", () => {
    const chat = chatOf([]);
    expect(chat?.models.some((m) => m.id === "gpt-5-chat-latest")).toBe(false);
    expect(chat?.unserved.find((u) => u.id === "gpt-5-chat-latest")).toMatchObject({
      retired: { date: "2026-07-23", replacement: "gpt-5.5" },
      sources: ["DEP-0422"],
    });
    const result = validateWith(runtimeTable(chat as never) as EndpointTable, "chat.completions", request);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ param: "model", message: expect.stringContaining("was retired on 2026-07-23") }],
    });
    expect(JSON.stringify(result)).toContain("use gpt-5.5 instead");
  });

  test("a later shutdown keeps the model served and carries the announcement", () => {
    expect(chatOf([])?.models.find((m) => m.id === "o3")).toMatchObject({ shutdown: { date: "2026-12-11", replacement: "gpt-5.6-sol" } });
  });

  test("an explicit as-of in a layer is the one way to compile against a retired id again", () => {
    const earlier = layer("overlay: 1\nas-of: 2026-07-01\n");
    const chat = chatOf([earlier]);
    expect(chat?.models.find((m) => m.id === "gpt-5-chat-latest")).toMatchObject({ shutdown: { date: "2026-07-23" } });
    expect(validateWith(runtimeTable(chat as never) as EndpointTable, "chat.completions", request)).toStrictEqual({ ok: true });
  });

  test("the same input gives the same verdicts: no clock is read", () => {
    expect(JSON.stringify(chatOf([])?.unserved)).toBe(JSON.stringify(chatOf([])?.unserved));
  });

  test("a malformed as-of or shutdown date is a shape error at its line", () => {
    expect(errorsOf(() => capabilities({ spec, overlays: [layer("overlay: 1\nas-of: soon\n")] }))).toStrictEqual([
      "mine.yaml:2:8 MG_OVERLAY_SHAPE",
    ]);
    const bad = layer("overlay: 1\nmodels:\n  o3:\n    shutdown: { date: tomorrow, source: SPEC }\n");
    expect(errorsOf(() => capabilities({ spec, overlays: [bad] }))).toHaveLength(1);
  });

  test("an evidence level other than confirmed, spec or inferred is a shape error; a valid one reaches the capability model", () => {
    const rule = (level: string) =>
      layer(
        `overlay: 1\nmodels:\n  gpt-4o:\n    chat.completions:\n      params:\n        seed: { reject: true, reason: r, source: SPEC, evidence: ${level} }\n`,
      );
    expect(errorsOf(() => capabilities({ spec, overlays: [rule("maybe")] }))).toStrictEqual(["mine.yaml:6:66 MG_OVERLAY_SHAPE"]);
    expect(chatProfile([rule("inferred")], "gpt-4o")?.params.seed).toMatchObject({
      evidence: "inferred",
      rules: [{ kind: "reject", evidence: "inferred" }],
    });
  });
});

describe("overlay layers", () => {
  test("a layer changes one rule of a model and keeps the others (later wins per rule)", () => {
    const base = chatProfile([], "o3");
    expect(base?.params.logprobs?.rules[0]?.kind).toBe("reject");
    const mine = layer(`overlay: 1
sources:
  MINE: { title: "our own probe", url: "https://example.com/probe" }
models:
  o3:
    chat.completions:
      params:
        logprobs: { accept: true, reason: "our proxy strips it", source: MINE }
`);
    const layered = chatProfile([mine], "o3");
    expect(layered?.params.logprobs).toBeUndefined();
    // The same rules; a layered model's Why also names the layer that set it (here the built-in overlay).
    expect(withoutLayer(layered?.params.top_p)).toStrictEqual(base?.params.top_p);
    expect(withoutLayer(layered?.params.temperature)).toStrictEqual(base?.params.temperature);
    expect(layered?.params.top_p?.layer?.file).toMatch(/openai\.yaml$/);
  });

  test("the escape hatch reaches the runtime: a refused parameter accepted by a layer passes validateRequest's rules", () => {
    const mine = layer(`overlay: 1
sources: { MINE: { title: t, url: "https://example.com" } }
models:
  o3: { chat.completions: { params: { logprobs: { accept: true, reason: "accepted by our gateway", source: MINE } } } }
`);
    expect(chatProfile([mine], "o3")?.params).not.toHaveProperty("logprobs");
    const request = { model: "o3", messages: [{ role: "user", content: "hi" }], logprobs: true };
    const tableOf = (overlays: InputFile[]) => {
      const chat = capabilities({ spec, overlays }).model.endpoints.find((e) => e.spec.key === "chat.completions");
      if (!chat) throw new Error("no chat endpoint");
      return runtimeTable(chat) as EndpointTable;
    };
    expect(validateWith(tableOf([]), "chat.completions", request).ok).toBe(false);
    expect(validateWith(tableOf([mine]), "chat.completions", request)).toStrictEqual({ ok: true });
  });

  test("a layer may add a family that extends one of the default's, and move a model onto it", () => {
    const mine = layer(`overlay: 1
sources: { MINE: { title: t, url: "https://example.com" } }
families:
  strict-classic:
    extends: classic-chat
    chat.completions:
      params:
        seed: { reject: true, reason: "our gateway drops seeds", source: MINE }
models:
  gpt-4o: { extends: strict-classic }
`);
    const profile = chatProfile([mine], "gpt-4o");
    expect(profile?.params.seed?.rules[0]?.kind).toBe("reject");
    expect(profile?.params.web_search_options?.rules[0]?.kind).toBe("reject");
  });

  test("two layers: the later one wins over the earlier one", () => {
    const first = layer(
      "overlay: 1\nsources: { A: { title: a, url: 'https://a' } }\nmodels:\n  gpt-4o: { chat.completions: { params: { seed: { reject: true, reason: first, source: A } } } }\n",
      "a.yaml",
    );
    const second = layer(
      "overlay: 1\nsources: { B: { title: b, url: 'https://b' } }\nmodels:\n  gpt-4o: { chat.completions: { params: { seed: { values: [1], reason: second, source: B } } } }\n",
      "b.yaml",
    );
    expect(chatProfile([first, second], "gpt-4o")?.params.seed).toMatchObject({
      rules: [{ kind: "values", values: [1] }],
      reason: "second",
    });
    expect(chatProfile([second, first], "gpt-4o")?.params.seed).toMatchObject({ rules: [{ kind: "reject" }], reason: "first" });
  });

  test("a layer's mistakes are located in the layer's file, under its own missing-in-spec (the default skips, a layer does not)", () => {
    const typo = layer(
      "overlay: 1\nsources: { A: { title: a, url: 'https://a' } }\nmodels:\n  gpt-4o:\n    chat.completions:\n      params:\n        sead: { reject: true, reason: r, source: A }\n",
    );
    expect(errorsOf(() => capabilities({ spec, overlays: [typo] }))).toStrictEqual(["mine.yaml:7:9 MG_OVERLAY_UNKNOWN_PARAM"]);
    const stranger = layer("overlay: 1\nmodels:\n  my-model: { label: mine }\n");
    expect(errorsOf(() => capabilities({ spec, overlays: [stranger] }))).toStrictEqual(["mine.yaml:3:3 MG_OVERLAY_SHAPE"]);
  });

  test("without the default overlay and with no other, it is a usage error; the first layer then is the base", () => {
    expect(errorsOf(() => capabilities({ spec, defaultOverlay: false }))).toStrictEqual(["MG_USAGE"]);
    const own = layer(readFileSync(join(repoRoot, "overlays", "openai.yaml"), "utf8"), "copy.yaml");
    expect(capabilities({ spec, defaultOverlay: false, overlays: [own] }).model.overlay.file).toBe("copy.yaml");
  });

  test("one overlay keeps its own file name and hash in the model (the output's header does not change)", () => {
    const { model } = capabilities({ spec });
    expect(model.overlay.file).toBe("overlays/openai.yaml");
    const layered = capabilities({ spec, overlays: [layer("overlay: 1\n")] }).model;
    expect(layered.overlay.file).toBe("overlays/openai.yaml + mine.yaml");
    expect(layered.overlay.sha256).not.toBe(model.overlay.sha256);
  });
});

describe("overlay layers > explain names the layer of each verdict", () => {
  const mine = layer(`overlay: 1
sources:
  MINE: { title: "our own probe", url: "https://example.com/probe" }
models:
  o3:
    shutdown: { date: 2027-06-30, replacement: gpt-5.5, source: MINE }
    chat.completions:
      params:
        top_p: { reject: true, reason: "our gateway refuses it", source: MINE, evidence: confirmed }
`);
  const explained = (overlays: InputFile[]) => explain({ spec, overlays, id: "o3", endpoint: "chat.completions" }).explanation;

  test("each rule says which file and line set it: the user's layer or the built-in overlay", () => {
    const chat = explained([mine]).endpoints[0];
    if (chat?.status !== "served") throw new Error(`o3 is served on chat.completions, got ${chat?.status}`);
    expect(chat.rejected.find((r) => r.param === "top_p")?.layer).toBe("mine.yaml:9");
    expect(chat.rejected.find((r) => r.param === "logit_bias")?.layer).toMatch(/openai\.yaml:\d+$/);
    expect(chat.shutdown?.layer).toBe("mine.yaml:6");
    const text = formatExplanation(explained([mine]));
    expect(text).toMatch(/top_p — our gateway refuses it \[MINE; evidence: confirmed; set in mine\.yaml:9\]/);
    expect(text).toMatch(/set in mine\.yaml:6\]/);
  });

  test("a single overlay names no layer (its output is unchanged)", () => {
    const chat = explained([]).endpoints[0];
    expect(JSON.stringify(chat)).not.toContain('"layer"');
    expect(formatExplanation(explained([]))).not.toContain("set in");
  });

  test("a retired model's refusal names the layer that retired it", () => {
    const retire = layer(`overlay: 1
sources: { MINE: { title: t, url: "https://example.com" } }
models:
  o3: { shutdown: { date: 2026-01-01, replacement: gpt-5.5, source: MINE } }
`);
    const chat = explained([retire]).endpoints[0];
    expect(chat).toMatchObject({ status: "not-served", retired: { date: "2026-01-01" }, layer: "mine.yaml:4" });
  });
});
