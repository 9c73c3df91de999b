// Runtime benchmark: validateRequest throughput on a realistic valid gpt-4o request and an invalid o3 one, against
// peers measured in the same run and process: a hand-written if-chain of the same rules (runtime-ifchain.mjs) and a
// hand-written zod 4 schema (runtime-zod.mjs), parsed by zod's runtime and by z.compile. The generated runtime is
// bundled from generated/index.ts with esbuild-wasm at start (no tsc step). Measured here, never asserted in tests.
import { isDeepStrictEqual } from "node:util";
import { importGeneratedRuntime, stopEsbuild } from "./runtime-bundle.mjs";
import { handValidate } from "./runtime-ifchain.mjs";
import { expectedProblems, invalidRequest, validRequest } from "./runtime-requests.mjs";
import { compiledSchema, flaggedBy, requestSchema } from "./runtime-zod.mjs";
import { summarize } from "./stats.mjs";

export const inputs = [
  { key: "valid", label: "valid gpt-4o request", request: validRequest },
  { key: "invalid", label: "invalid o3 request (logprobs, temperature 0.2)", request: invalidRequest },
];

/** The validators, modelgate's first. `flagged` lists the parameters a result reports a problem for. */
function validators(runtime) {
  const problemParams = (result) => (result.ok ? [] : result.problems.map((p) => p.param));
  return [
    {
      key: "modelgate",
      label: 'modelgate `validateRequest("chat.completions", request)`',
      run: (request) => runtime.validateRequest("chat.completions", request),
      ok: (result) => result.ok,
      flagged: problemParams,
    },
    {
      key: "ifchain",
      label: "hand-written if-chain (same rules, same result)",
      run: handValidate,
      ok: (r) => r.ok,
      flagged: problemParams,
    },
    {
      key: "zod",
      label: "zod 4 hand-written schema, `safeParse`",
      run: (request) => requestSchema.safeParse(request),
      ok: (r) => r.success,
      flagged: flaggedBy,
    },
    {
      key: "zodCompiled",
      label: "same zod schema through `z.compile`, `safeParse`",
      run: (request) => compiledSchema.safeParse(request),
      ok: (r) => r.success,
      flagged: flaggedBy,
    },
  ];
}

const sorted = (list) => [...list].sort();

/** Every validator must flag exactly the expected parameters on each input; the if-chain must match modelgate exactly. */
function checkAgreement(list) {
  for (const input of inputs) {
    const expected = sorted(expectedProblems[input.key]);
    for (const v of list) {
      const got = sorted(v.flagged(v.run(input.request)));
      if (!isDeepStrictEqual(got, expected))
        throw new Error(`${v.key} flags [${got.join(", ")}] on the ${input.label}; expected [${expected.join(", ")}]`);
    }
  }
  const [modelgate, ifchain] = list;
  return inputs.every((input) => isDeepStrictEqual(ifchain.run(input.request), modelgate.run(input.request)));
}

/** Runs `calls` validations of one input and returns the elapsed ms; every result's verdict is counted and checked. */
function batch(validator, input, calls) {
  const { run, ok } = validator;
  const request = input.request;
  let passed = 0;
  const start = performance.now();
  for (let i = 0; i < calls; i++) if (ok(run(request))) passed++;
  const ms = performance.now() - start;
  const want = input.key === "valid" ? calls : 0;
  if (passed !== want) throw new Error(`${validator.key} passed ${passed} of ${calls} ${input.label}s; expected ${want}`);
  return ms;
}

/**
 * Measures throughput: `warmup` uncounted rounds, then `batches` rounds; each round runs one batch of `calls`
 * validations per (validator, input) cell, the cells in an order rotated every round. Resolves to per-cell ops/s
 * summaries (median, min, max over batches) and the setup for the report.
 */
export async function benchRuntime({ root, batches = 20, calls = 20_000, warmup = 3, log = () => {} }) {
  const runtime = await importGeneratedRuntime(root);
  await stopEsbuild();
  const list = validators(runtime);
  const sameResult = checkAgreement(list);
  const cells = list.flatMap((v) => inputs.map((input) => ({ v, input, opsPerSec: [] })));
  log(`bench runtime: ${cells.length} cells, ${warmup} warm-up + ${batches} rounds of ${calls} calls each`);
  for (let round = 0; round < warmup + batches; round++) {
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[(round + k) % cells.length];
      const ms = batch(cell.v, cell.input, calls);
      if (round >= warmup) cell.opsPerSec.push(calls / (ms / 1000));
    }
  }
  const results = list.map((v) => ({
    key: v.key,
    label: v.label,
    ops: Object.fromEntries(cells.filter((c) => c.v === v).map((c) => [c.input.key, summarize(c.opsPerSec)])),
  }));
  return { results, inputs: inputs.map(({ key, label }) => ({ key, label })), batches, calls, warmup, sameResult };
}
