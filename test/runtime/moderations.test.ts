import { describe, expect, test } from "vitest";
import { validateRequest } from "../../generated/index.js";
import { adaptWith, validateWith } from "../../templates/runtime.js";
import { earlierTable } from "./earlier-as-of.js";
import { deepFreeze, snapshot } from "./runtime-support.js";

// Item kinds (`input[].type`) and an optional `model` with the spec's default, at run time.
const validate = (request: unknown) => validateRequest("moderations", deepFreeze(request));
const image = { type: "image_url", image_url: { url: "https://example.org/cat.png" } };
const text = { type: "text", text: "hello" };
const TEXT_ONLY =
  "text-moderation accepts input[].type only as text: the legacy text moderation models classify text only; images need an omni-moderation model";

// The text moderation models were shut down on 2025-10-27: their item-kind rule applies under a layer with an earlier
// as-of (the escape hatch for compiling against a retired id), so the rule is tested through such a layer's table.
const earlier = earlierTable("moderations");
const validateEarlier = (request: unknown) => validateWith(earlier, "moderations", deepFreeze(request));

describe("moderations > retired text moderation models", () => {
  test("with the built-in as-of, text-moderation-latest and -stable are refused as retired, naming the replacement", () => {
    for (const model of ["text-moderation-latest", "text-moderation-stable"]) {
      const message = `${model} was retired on 2025-10-27: OpenAI shut it down on 2025-10-27; use omni-moderation-latest instead`;
      expect(validate({ model, input: "hello" })).toStrictEqual({
        ok: false,
        problems: [{ param: "model", message, model, sources: ["EMAIL-2025-10", "DC-2609"] }],
      });
    }
  });
});

describe("moderations > item kinds (under an as-of before the text models' shutdown)", () => {
  test("an image item on a text moderation model is named by its JSON path, with reason and sources", () => {
    expect(validateEarlier({ model: "text-moderation-latest", input: [text, image] })).toStrictEqual({
      ok: false,
      problems: [{ param: "input[1].type", message: TEXT_ONLY, model: "text-moderation-latest", sources: ["SPEC", "I27"] }],
    });
  });

  test("text items, plain strings and omni models pass", () => {
    expect(validateEarlier({ model: "text-moderation-stable", input: [text] })).toStrictEqual({ ok: true });
    expect(validateEarlier({ model: "text-moderation-stable", input: ["a", "b"] })).toStrictEqual({ ok: true });
    expect(validateEarlier({ model: "omni-moderation-latest", input: [text, image] })).toStrictEqual({ ok: true });
    expect(validate({ model: "omni-moderation-latest", input: [text, image] })).toStrictEqual({ ok: true });
  });

  test("adaptRequest drops the refused items from a copy and reports each", () => {
    const request = { model: "text-moderation-latest", input: [image, text, image] };
    const before = snapshot(request);
    const { request: adapted, changes } = adaptWith(earlier, "moderations", deepFreeze(request));
    expect(adapted).toStrictEqual({ model: "text-moderation-latest", input: [text] });
    expect(changes.map((c) => [c.param, c.action])).toStrictEqual([
      ["input[0].type", "dropped"],
      ["input[2].type", "dropped"],
    ]);
    expect(request).toStrictEqual(before);
  });
});

describe("optional model > the spec's default model decides", () => {
  test("moderations without a model are checked as omni-moderation-latest (images pass), unknown keys still reported", () => {
    expect(validate({ input: [image] })).toStrictEqual({ ok: true });
    expect(validate({ input: "x", nope: 1 })).toStrictEqual({
      ok: false,
      problems: [
        {
          param: "nope",
          message: '"nope" is not a parameter of CreateModerationRequest',
          model: "omni-moderation-latest",
          sources: ["SPEC"],
        },
      ],
    });
  });

  test("responses without a model and without a spec default are checked against the spec only", () => {
    expect(validateRequest("responses", { input: "x", temperature: 0.3 })).toStrictEqual({ ok: true });
    expect(validateRequest("responses", { input: "x", nope: true })).toMatchObject({ ok: false, problems: [{ param: "nope" }] });
  });

  test("a non-string model is still refused", () => {
    expect(validate({ model: 3, input: "x" })).toMatchObject({ ok: false, problems: [{ param: "model" }] });
  });
});
