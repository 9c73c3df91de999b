import { describe, expect, test } from "vitest";
import { AdaptError, adaptRequest, type RuntimeEndpoint, validateRequest } from "../../generated/index.js";
import { adaptWith, validateWith } from "../../templates/runtime.js";
import { earlierTable } from "./earlier-as-of.js";
import { deepFreeze, dropped, problem, snapshot } from "./runtime-support.js";

// validateRequest and adaptRequest on the endpoints beside chat: the same rule kinds, read from each endpoint's table.

const prompt = "a lighthouse at dusk";
const fails = (...problems: ReturnType<typeof problem>[]) => ({ ok: false, problems });
const validate = (endpoint: RuntimeEndpoint, request: unknown) => validateRequest(endpoint, deepFreeze(request));
// dall-e-2/3 (2026-05-12) and the /completions models (2026-09-28) are retired: their rules are tested through the
// table of a layer with an earlier as-of, the escape hatch for compiling against them.
const validateEarlier = (endpoint: RuntimeEndpoint, request: unknown) =>
  validateWith(earlierTable(endpoint), endpoint, deepFreeze(request));

/** Adapts a frozen request with unsupported: "drop" and checks the input is left as it was. */
function adapt<T extends object>(endpoint: RuntimeEndpoint, request: T) {
  const before = snapshot(request);
  const result = adaptRequest(endpoint, Object.freeze(request), { unsupported: "drop" });
  expect(request).toStrictEqual(before);
  return result;
}

/** adapt, under the earlier as-of's table. */
function adaptEarlier<T extends object>(endpoint: RuntimeEndpoint, request: T) {
  const before = snapshot(request);
  const result = adaptWith(earlierTable(endpoint), endpoint, Object.freeze(request), { unsupported: "drop" });
  expect(request).toStrictEqual(before);
  return result;
}

const DALL_E_3_N = "dall-e-3 accepts n only as 1: dall-e-3 makes one image per request";
const GPT_IMAGE_RESPONSE_FORMAT = (label: string) =>
  `${label} does not support response_format: GPT image models always return base64 data, so there is no format to choose; the key must be absent`;
const COMPRESSION =
  "gpt-image-2 accepts output_compression only when output_format is jpeg or webp: only the lossy formats jpeg and webp can be compressed; the default png cannot";
const PARTIAL = (label: string) =>
  `${label} accepts partial_images only when stream is true: partial images arrive as stream events, so they need stream: true`;

describe("runtime > images.generate", () => {
  test("model: null is the default model (the spec marks it nullable): dall-e-2's rules apply while it is served", () => {
    expect(validateEarlier("images.generate", { model: null, prompt, size: "256x256" })).toStrictEqual({ ok: true });
    const result = validateEarlier("images.generate", { model: null, prompt, quality: "hd" });
    expect(result).toMatchObject({ ok: false, problems: [{ param: "quality", model: "dall-e-2" }] });
    // Where the spec does not mark model nullable (moderations), null is no model.
    expect(validate("moderations", { model: null, input: "hi" })).toMatchObject({ ok: false, problems: [{ param: "model" }] });
  });

  test("the spec's default model is retired: without model (or null) only the spec applies, with a warning naming it", () => {
    const warning = {
      param: "model",
      message:
        'without "model", POST /images/generations is checked against the spec alone: its default model dall-e-2 is retired (OpenAI shut it down on 2026-05-12; use gpt-image-2 instead) and the API\'s current default is not documented; name the model',
      sources: ["DEP-ARCH", "OPENMONTAGE-256"],
    };
    for (const request of [
      { prompt, quality: "hd" },
      { model: null, prompt, quality: "high", size: "1536x1024" },
    ])
      expect(validate("images.generate", request)).toStrictEqual({ ok: true, unchecked: true, warnings: [warning] });
    // The spec's own checks still apply.
    expect(validate("images.generate", { prompt, colour: "red" })).toMatchObject({ ok: false, problems: [{ param: "colour" }] });
    // images.edit: the spec's default gpt-image-1.5 was retired on 2026-12-01.
    const edit = validate("images.edit", { image: new Blob(["png"]), prompt, input_fidelity: "high" });
    expect(edit).toMatchObject({
      ok: true,
      unchecked: true,
      warnings: [{ param: "model", sources: ["DEP-NOW", "CHATCLI-1365", "OPENMONTAGE-256"] }],
    });
    expect(adaptRequest("images.generate", { prompt, quality: "hd" })).toStrictEqual({
      request: { prompt, quality: "hd" },
      changes: [
        {
          param: "model",
          action: "unchecked",
          message: "no model was named and the spec's default model is not served; only the spec was checked",
          sources: [],
        },
      ],
      unchecked: true,
      warnings: [warning],
    });
  });

  test("dall-e-2 and dall-e-3 were retired on 2026-05-12: refused with the date and gpt-image-2", () => {
    for (const model of ["dall-e-2", "dall-e-3"]) {
      const message = `${model} was retired on 2026-05-12: OpenAI shut it down on 2026-05-12; use gpt-image-2 instead`;
      expect(validate("images.generate", { model, prompt })).toStrictEqual(
        fails(problem("model", message, model, ["DEP-ARCH", "OPENMONTAGE-256"])),
      );
    }
  });

  // The rule rests on inferred evidence only (issue 11): a warning, not a problem.
  test("dall-e-3 with n: 2 is a warning with the reason, 'not verified' and both sources; n: 1 passes", () => {
    expect(validateEarlier("images.generate", { model: "dall-e-3", prompt, n: 2 })).toStrictEqual({
      ok: true,
      warnings: [problem("n", `${DALL_E_3_N} (not verified: inferred evidence)`, "dall-e-3", ["SPEC", "V-IMG"])],
    });
    expect(validateEarlier("images.generate", { model: "dall-e-3", prompt, n: 1, style: "vivid", quality: "hd" })).toStrictEqual({
      ok: true,
    });
  });

  test("gpt-image-2 with response_format is refused, also as null", () => {
    const expected = fails(
      problem("response_format", GPT_IMAGE_RESPONSE_FORMAT("gpt-image-2"), "gpt-image-2", ["V-FIX-IMG", "I17", "SPEC"]),
    );
    expect(validate("images.generate", { model: "gpt-image-2", prompt, response_format: "b64_json" })).toStrictEqual(expected);
    expect(validate("images.generate", { model: "gpt-image-2", prompt, response_format: null })).toStrictEqual(expected);
  });

  test("output_compression needs output_format jpeg or webp; absent means png, which fails", () => {
    expect(validate("images.generate", { model: "gpt-image-2", prompt, output_compression: 50 })).toStrictEqual(
      fails(problem("output_compression", COMPRESSION, "gpt-image-2", ["SPEC"])),
    );
    expect(validate("images.generate", { model: "gpt-image-2", prompt, output_compression: 50, output_format: "webp" })).toStrictEqual({
      ok: true,
    });
  });

  test("the API's own defaults pass whatever the condition: output_compression 100 with png, partial_images 0 without stream", () => {
    expect(validate("images.generate", { model: "gpt-image-2", prompt, output_compression: 100 })).toStrictEqual({ ok: true });
    expect(validate("images.generate", { model: "gpt-image-2", prompt, output_compression: 100, output_format: "png" })).toStrictEqual({
      ok: true,
    });
    expect(validate("images.generate", { model: "gpt-image-2", prompt, partial_images: 0 })).toStrictEqual({ ok: true });
    const edit = { model: "gpt-image-2", image: { name: "a.png" }, prompt, partial_images: 0, output_compression: 100 };
    expect(validate("images.edit", edit)).toStrictEqual({ ok: true });
  });

  test("partial_images needs stream: true", () => {
    expect(validate("images.generate", { model: "gpt-image-2", prompt, partial_images: 2 })).toStrictEqual(
      fails(problem("partial_images", PARTIAL("gpt-image-2"), "gpt-image-2", ["SPEC"])),
    );
    expect(validate("images.generate", { model: "gpt-image-2", prompt, partial_images: 2, stream: true })).toStrictEqual({ ok: true });
  });

  test("gpt-image-2 takes any WIDTHxHEIGHT size; dall-e-2 only its three square sizes", () => {
    expect(validate("images.generate", { model: "gpt-image-2-2026-04-21", prompt, size: "1536x864" })).toStrictEqual({ ok: true });
    const message = "dall-e-2 accepts size only as 256x256, 512x512 or 1024x1024: dall-e-2 renders three square sizes";
    expect(validateEarlier("images.generate", { model: "dall-e-2", prompt, size: "1536x1024" })).toStrictEqual(
      fails(problem("size", message, "dall-e-2", ["SPEC"])),
    );
  });

  test("adaptRequest drops what dall-e-3 refuses, keeps what it is only said to refuse (n: 2, a warning) and the rest", () => {
    const { request, changes, warnings } = adaptEarlier("images.generate", {
      model: "dall-e-3",
      prompt,
      n: 2,
      style: "natural",
      background: "opaque",
    });
    expect(request).toStrictEqual({ model: "dall-e-3", prompt, n: 2, style: "natural" });
    expect(changes.map((c) => c.param)).toStrictEqual(["background"]);
    expect(warnings).toStrictEqual([problem("n", `${DALL_E_3_N} (not verified: inferred evidence)`, "dall-e-3", ["SPEC", "V-IMG"])]);
  });

  test("a chat model is not served here: validateRequest says so, adaptRequest throws", () => {
    const message = "gpt-4o is not served on POST /images/generations: the spec does not list it for POST /images/generations";
    expect(validate("images.generate", { model: "gpt-4o", prompt })).toStrictEqual(fails(problem("model", message, "gpt-4o", ["SPEC"])));
    expect(() => adaptRequest("images.generate", { model: "gpt-4o", prompt })).toThrow(AdaptError);
  });
});

describe("runtime > images.edit", () => {
  const GPT_IMAGE_2_FIDELITY =
    "gpt-image-2 does not support input_fidelity: gpt-image-2 has no input fidelity control; the API refuses the key";

  test("gpt-image-2 with input_fidelity is refused; gpt-image-1, which took it, is retired", () => {
    const image = new Blob(["png"]);
    expect(validateRequest("images.edit", { model: "gpt-image-2", image, prompt, input_fidelity: "high" })).toStrictEqual(
      fails(problem("input_fidelity", GPT_IMAGE_2_FIDELITY, "gpt-image-2", ["I19"])),
    );
    const retired = "gpt-image-1 was retired on 2026-10-23: OpenAI shut it down on 2026-10-23; use gpt-image-2 instead";
    expect(validateRequest("images.edit", { model: "gpt-image-1", image, prompt, input_fidelity: "high" })).toStrictEqual(
      fails(problem("model", retired, "gpt-image-1", ["OCS-3208", "DEP-1015", "CHATCLI-1364"])),
    );
  });

  test("adaptRequest drops the refused key and passes the very same file objects on", () => {
    const image = [new Blob(["a"]), new File(["b"], "b.png")];
    const mask = new Blob(["mask"]);
    const { request, changes } = adaptRequest("images.edit", { model: "gpt-image-2", image, mask, prompt, input_fidelity: "low" });
    expect(changes).toStrictEqual([dropped("input_fidelity", GPT_IMAGE_2_FIDELITY, ["I19"])]);
    expect(Object.keys(request)).toStrictEqual(["model", "image", "mask", "prompt"]);
    expect([request.image, request.mask]).toStrictEqual([image, mask]);
    expect([request.image, request.mask].map((value, i) => value === [image, mask][i])).toStrictEqual([true, true]);
  });

  test("dall-e-2 with background is refused; dall-e-3 is not served on edits", () => {
    const image = new Blob(["png"]);
    const message = "dall-e-2 does not support background: the background can be chosen on the GPT image models only";
    expect(validateEarlier("images.edit", { model: "dall-e-2", image, prompt, background: "opaque" })).toStrictEqual(
      fails(problem("background", message, "dall-e-2", ["SPEC"])),
    );
    const notServed = "dall-e-3 is not served on POST /images/edits: the spec does not list it for POST /images/edits";
    expect(validateEarlier("images.edit", { model: "dall-e-3", image, prompt })).toStrictEqual(
      fails(problem("model", notServed, "dall-e-3", ["SPEC"])),
    );
  });
});

describe("runtime > audio.speech", () => {
  test("tts-1 refuses instructions and SSE streaming; gpt-4o-mini-tts takes both", () => {
    const request = { model: "tts-1", input: "hi", voice: "alloy", instructions: "calm", stream_format: "sse" };
    expect(validate("audio.speech", request)).toStrictEqual(
      fails(
        problem(
          "instructions",
          "tts-1 / tts-1-hd does not support instructions: the tts-1 models cannot be steered with speaking instructions",
          "tts-1",
          ["SPEC"],
        ),
        problem(
          "stream_format",
          "tts-1 / tts-1-hd accepts stream_format only as audio: the tts-1 models stream raw audio only, not server-sent events",
          "tts-1",
          ["SPEC"],
        ),
      ),
    );
    expect(validate("audio.speech", { ...request, model: "gpt-4o-mini-tts" })).toStrictEqual({ ok: true });
  });

  test("adaptRequest turns a gpt-4o-mini-tts request into one tts-1-hd takes", () => {
    const { request } = adapt("audio.speech", { model: "tts-1-hd", input: "hi", voice: "alloy", instructions: "calm", speed: 1.5 });
    expect(request).toStrictEqual({ model: "tts-1-hd", input: "hi", voice: "alloy", speed: 1.5 });
  });

  test("a newer voice on tts-1 is reported; a custom voice object is left to the spec", () => {
    const VOICE =
      "tts-1 / tts-1-hd accepts voice only as alloy, ash, coral, echo, fable, nova, onyx, sage or shimmer: ballad, verse, marin and cedar are gpt-4o-mini-tts voices";
    expect(validate("audio.speech", { model: "tts-1", input: "hi", voice: "ballad" })).toStrictEqual(
      fails(problem("voice", VOICE, "tts-1", ["I21", "LLMGW-2528"])),
    );
    expect(validate("audio.speech", { model: "tts-1", input: "hi", voice: { id: "voice_1" } })).toStrictEqual({ ok: true });
    expect(validate("audio.speech", { model: "gpt-4o-mini-tts", input: "hi", voice: "ballad" })).toStrictEqual({ ok: true });
  });

  test("adaptRequest never drops a required parameter: a refused voice is an AdaptError, not a request without voice", () => {
    expect(() => adapt("audio.speech", { model: "tts-1", input: "hi", voice: "marin", instructions: "calm" })).toThrow(
      /voice: tts-1 \/ tts-1-hd accepts voice only as/,
    );
  });
});

describe("runtime > audio.transcriptions", () => {
  const file = { name: "talk.mp3" };
  const WHISPER_TIMESTAMPS =
    "whisper-1 accepts timestamp_granularities only when response_format is verbose_json (default json): word and segment timestamps come only with the verbose JSON format";
  const GPT4O_INCLUDE =
    "gpt-4o-transcribe / gpt-4o-mini-transcribe accepts include only when response_format is json (default json): token log probabilities come only with the plain JSON format";

  test("whisper-1: timestamps need verbose_json (the default json fails); include is refused", () => {
    expect(validate("audio.transcriptions", { model: "whisper-1", file, timestamp_granularities: ["word"] })).toStrictEqual(
      fails(problem("timestamp_granularities", WHISPER_TIMESTAMPS, "whisper-1", ["SPEC"])),
    );
    const verbose = { model: "whisper-1", file, response_format: "verbose_json", timestamp_granularities: ["word"] };
    expect(validate("audio.transcriptions", verbose)).toStrictEqual({ ok: true });
    // The API's own default [segment] passes with any format: sending it is the same as leaving the key out.
    expect(validate("audio.transcriptions", { model: "whisper-1", file, timestamp_granularities: ["segment"] })).toStrictEqual({
      ok: true,
    });
    const include = "whisper-1 does not support include: token log probabilities are offered by the gpt-4o transcribe models only";
    expect(validate("audio.transcriptions", { model: "whisper-1", file, include: ["logprobs"] })).toStrictEqual(
      fails(problem("include", include, "whisper-1", ["SPEC"])),
    );
  });

  test("gpt-4o-transcribe: include passes with the default json, fails with text; verbose_json is refused", () => {
    expect(validate("audio.transcriptions", { model: "gpt-4o-transcribe", file, include: ["logprobs"] })).toStrictEqual({ ok: true });
    expect(
      validate("audio.transcriptions", { model: "gpt-4o-transcribe", file, response_format: "text", include: ["logprobs"] }),
    ).toStrictEqual(fails(problem("include", GPT4O_INCLUDE, "gpt-4o-transcribe", ["SPEC"])));
    const formats =
      "gpt-4o-transcribe / gpt-4o-mini-transcribe accepts response_format only as json or text: these models answer in json or plain text only";
    expect(
      validate("audio.transcriptions", { model: "gpt-4o-mini-transcribe-2025-12-15", file, response_format: "verbose_json" }),
    ).toStrictEqual(fails(problem("response_format", formats, "gpt-4o-mini-transcribe-2025-12-15", ["I16", "SPEC"])));
  });

  test("gpt-4o-transcribe-diarize refuses prompt; gpt-transcribe alone takes languages and keywords", () => {
    const prompt = "gpt-4o-transcribe-diarize does not support prompt: the diarizing model takes no prompt";
    expect(
      validate("audio.transcriptions", {
        model: "gpt-4o-transcribe-diarize",
        file,
        prompt: "Ada",
        response_format: "diarized_json",
        chunking_strategy: "auto",
      }),
    ).toStrictEqual(fails(problem("prompt", prompt, "gpt-4o-transcribe-diarize", ["SPEC"])));
    expect(validate("audio.transcriptions", { model: "gpt-transcribe", file, languages: ["en"], keywords: ["kite"] })).toStrictEqual({
      ok: true,
    });
    const languages = "whisper-1 does not support languages: a list of expected languages is taken by gpt-transcribe only";
    expect(validate("audio.transcriptions", { model: "whisper-1", file, languages: ["en"] })).toStrictEqual(
      fails(problem("languages", languages, "whisper-1", ["SPEC"])),
    );
  });

  test("the models without timestamps take only the default [segment]; word timestamps are refused (diarize) or warned about (inferred)", () => {
    const diarize = { model: "gpt-4o-transcribe-diarize", file, chunking_strategy: "auto" };
    expect(validate("audio.transcriptions", { ...diarize, timestamp_granularities: ["segment"] })).toStrictEqual({ ok: true });
    const words =
      'gpt-4o-transcribe-diarize accepts timestamp_granularities only as ["segment"]: the diarizing model offers no timestamp granularity choice; only the default [segment] may be sent';
    expect(validate("audio.transcriptions", { ...diarize, timestamp_granularities: ["word", "segment"] })).toStrictEqual(
      fails(problem("timestamp_granularities", words, "gpt-4o-transcribe-diarize", ["SPEC"])),
    );
    const mini = { model: "gpt-4o-mini-transcribe", file, timestamp_granularities: ["segment"] };
    expect(validate("audio.transcriptions", mini)).toStrictEqual({ ok: true });
    // The mini/transcribe rule rests on inferred evidence: word timestamps are kept, with a warning (not dropped).
    const adapted = adapt("audio.transcriptions", { ...mini, timestamp_granularities: ["word"] });
    expect(adapted.request).toStrictEqual({ ...mini, timestamp_granularities: ["word"] });
    expect(JSON.stringify(adapted)).toContain("not verified: inferred evidence");
  });

  test("gpt-4o-transcribe-diarize needs a chunking strategy: its absence is reported and adaptRequest cannot fix it", () => {
    const needs =
      "gpt-4o-transcribe-diarize needs chunking_strategy: the diarizing model needs a chunking strategy ('auto' or a server_vad object); the API refuses a request without one";
    const sources = ["RIFFADO-101", "LL-18125", "SPEC"];
    const request = { model: "gpt-4o-transcribe-diarize", file, response_format: "diarized_json" };
    expect(validate("audio.transcriptions", request)).toStrictEqual(
      fails(problem("chunking_strategy", needs, "gpt-4o-transcribe-diarize", sources)),
    );
    expect(validate("audio.transcriptions", { ...request, chunking_strategy: "auto" })).toStrictEqual({ ok: true });
    expect(validate("audio.transcriptions", { ...request, chunking_strategy: { type: "server_vad" } })).toStrictEqual({ ok: true });
    expect(() => adaptRequest("audio.transcriptions", request)).toThrow(AdaptError);
  });

  test("adaptRequest drops timestamps that whisper-1 cannot give in json", () => {
    const { request, changes } = adapt("audio.transcriptions", { model: "whisper-1", file, timestamp_granularities: ["word"] });
    expect(request).toStrictEqual({ model: "whisper-1", file });
    expect(changes).toStrictEqual([dropped("timestamp_granularities", WHISPER_TIMESTAMPS, ["SPEC"])]);
  });
});

describe("runtime > embeddings", () => {
  const ADA_DIMENSIONS =
    "text-embedding-ada-002 does not support dimensions: ada-002 always returns vectors of its native size; the key must be absent";

  test("ada-002 refuses dimensions, even null; text-embedding-3 takes it", () => {
    for (const dimensions of [256, null]) {
      expect(validate("embeddings", { model: "text-embedding-ada-002", input: "hi", dimensions })).toStrictEqual(
        fails(problem("dimensions", ADA_DIMENSIONS, "text-embedding-ada-002", ["I20", "SPEC"])),
      );
    }
    expect(validate("embeddings", { model: "text-embedding-3-small", input: "hi", dimensions: 256 })).toStrictEqual({ ok: true });
  });

  test("adaptRequest drops dimensions for ada-002, and unsupported: throw refuses instead", () => {
    const { request, changes } = adapt("embeddings", { model: "text-embedding-ada-002", input: "hi", dimensions: 256 });
    expect([request, changes]).toStrictEqual([
      { model: "text-embedding-ada-002", input: "hi" },
      [dropped("dimensions", ADA_DIMENSIONS, ["I20", "SPEC"])],
    ]);
    const request2 = { model: "text-embedding-ada-002", input: "hi", dimensions: 256 };
    expect(() => adaptRequest("embeddings", request2, { unsupported: "throw" })).toThrow(ADA_DIMENSIONS);
  });
});

describe("runtime > completions", () => {
  test("every /completions model was retired on 2026-09-28: refused with the date and the chat replacement", () => {
    for (const model of ["gpt-3.5-turbo-instruct", "davinci-002", "babbage-002"]) {
      const message = `${model} was retired on 2026-09-28: OpenAI shut it down on 2026-09-28; use gpt-4.1-mini instead`;
      expect(validate("completions", { model, prompt: "Once" })).toStrictEqual(fails(problem("model", message, model, ["EMAIL-0926"])));
    }
  });

  test("davinci-002 refuses suffix; gpt-3.5-turbo-instruct takes it", () => {
    const suffix =
      "davinci-002 / babbage-002 does not support suffix: inserting text before a suffix works with gpt-3.5-turbo-instruct only";
    expect(validateEarlier("completions", { model: "davinci-002", prompt: "Once", suffix: "end" })).toStrictEqual(
      fails(problem("suffix", suffix, "davinci-002", ["SPEC"])),
    );
    expect(validateEarlier("completions", { model: "gpt-3.5-turbo-instruct", prompt: "Once", suffix: "end" })).toStrictEqual({ ok: true });
  });

  test("stream_options needs stream: true", () => {
    const message =
      "davinci-002 / babbage-002 accepts stream_options only when stream is true (default false): only configures a streamed response";
    expect(validateEarlier("completions", { model: "babbage-002", prompt: "x", stream_options: { include_usage: true } })).toStrictEqual(
      fails(problem("stream_options", message, "babbage-002", ["SPEC"])),
    );
    expect(
      validateEarlier("completions", { model: "babbage-002", prompt: "x", stream: true, stream_options: { include_usage: true } }),
    ).toStrictEqual({
      ok: true,
    });
  });

  test("best_of cannot be streamed; without stream (default false) it passes", () => {
    const message =
      "gpt-3.5-turbo-instruct accepts best_of only when stream is false (default false): the best of several completions is picked on the server once all are done, so it cannot be streamed";
    expect(validateEarlier("completions", { model: "gpt-3.5-turbo-instruct", prompt: "x", stream: true, best_of: 3 })).toStrictEqual(
      fails(problem("best_of", message, "gpt-3.5-turbo-instruct", ["SPEC"])),
    );
    expect(validateEarlier("completions", { model: "gpt-3.5-turbo-instruct", prompt: "x", best_of: 3, n: 2 })).toStrictEqual({ ok: true });
    const { request } = adaptEarlier("completions", { model: "davinci-002", prompt: "x", stream: true, best_of: 3 });
    expect(request).toStrictEqual({ model: "davinci-002", prompt: "x", stream: true });
  });

  test("chat models are not served on legacy completions; chat-only keys are not parameters here", () => {
    const notServed = "gpt-4o-mini is not served on POST /completions: the spec does not list it for POST /completions";
    expect(validate("completions", { model: "gpt-4o-mini", prompt: "x" })).toStrictEqual(
      fails(problem("model", notServed, "gpt-4o-mini", ["SPEC"])),
    );
    const messages = '"messages" is not a parameter of CreateCompletionRequest';
    expect(validateEarlier("completions", { model: "gpt-3.5-turbo-instruct", prompt: "x", messages: [] })).toStrictEqual(
      fails(problem("messages", messages, "gpt-3.5-turbo-instruct", ["SPEC"])),
    );
  });
});
