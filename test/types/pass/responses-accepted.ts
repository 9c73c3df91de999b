// Responses requests the API accepts must compile: reasoning options per model, sampling where allowed.
import { type CreateResponse, responseRequest } from "../../../generated/index.js";

const input = "Summarize the report.";

// Non-reasoning models take sampling parameters and no reasoning options.
export const a = responseRequest({ model: "gpt-4o", input, temperature: 0.2, top_p: 0.9, top_logprobs: 3 });
export const b: CreateResponse = { model: "gpt-4.1-mini", input, temperature: 0 };

// o-series: three effort levels, no sampling.
export const c = responseRequest({ model: "o3", input, reasoning: { effort: "high", summary: "auto" } });
export const d: CreateResponse = { model: "o3", input, reasoning: { effort: "low" } };

// gpt-5 takes minimal and the verbosity control.
export const e = responseRequest({ model: "gpt-5", input, reasoning: { effort: "minimal" }, text: { verbosity: "low" } });

// gpt-5.1 and later: sampling with reasoning off, explicitly or by default (5.1–5.4 default to none).
export const f = responseRequest({ model: "gpt-5.1", input, reasoning: { effort: "none" }, temperature: 0.7 });
export const g = responseRequest({ model: "gpt-5.4", input, temperature: 0.7, top_p: 0.5 });
export const h: CreateResponse = { model: "gpt-5.2", input, reasoning: { effort: "xhigh" } };
export const i = responseRequest({ model: "gpt-5.5", input, reasoning: { effort: "none" }, temperature: 0.3 });

// gpt-5.6: max effort, the pro mode, prompt-cache options; gpt-5.6-sol alone takes the ultrafast tier.
export const j = responseRequest({ model: "gpt-5.6-terra", input, reasoning: { effort: "max", mode: "pro" } });
export const k = responseRequest({ model: "gpt-5.6-sol", input, service_tier: "ultrafast" });

// Responses-only models are valid here; gpt-5-pro reasons at high.
export const l = responseRequest({ model: "o3-pro", input, reasoning: { effort: "high" } });
export const m = responseRequest({ model: "gpt-5-pro", input, reasoning: { effort: "high" }, background: true });

// Through a variable and a spread.
const options = { reasoning: { effort: "none" as const }, temperature: 0.5 };
export const o = responseRequest({ model: "gpt-5.1", input, ...options });
const stored = { model: "gpt-5.4", input, temperature: 0.5 } as const;
export const p: CreateResponse = stored;

// Streaming options with stream: true; fine-tunes and unknown ids.
export const q = responseRequest({ model: "gpt-4o", input, stream: true, stream_options: { include_obfuscation: false } });
export const r = responseRequest({ model: "ft:gpt-4o-mini-2024-07-18:acme::abc", input, temperature: 0.4 });
export const s = responseRequest({ model: "my-proxy-model", input, temperature: 2 });


// The same through the plain union, whose members write a case's nested `reasoning` out: its other keys stay.
export const j2: CreateResponse = { model: "gpt-5.6-terra", input, reasoning: { effort: "max", mode: "pro" } };
export const j3: CreateResponse = { model: "gpt-5.6-terra", input, reasoning: { effort: "none", mode: "pro" }, temperature: 0.3 };
