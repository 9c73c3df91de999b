import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
// @ts-expect-error -- bench/ is plain JavaScript without declarations
import { coreWhatIfModule, flatWhatIfModule, whatIfModule } from "../../bench/what-if.mjs";

/** The bench's what-if unions are derived from the generated declarations' syntax tree, whatever their layout. */
const typesFile = new URL("../../generated/chat-completions.types.gen.d.ts", import.meta.url);
const buildersFile = new URL("../../generated/chat-completions.gen.ts", import.meta.url);

const fixture = `
export interface ACore { a?: number }
export interface BCore { b?: number }
export interface ARequestIfX extends ACore {
  model: "a-1" | "a-2";
  x: true;
}
export interface ARequestUnlessX extends ACore {
  model: "a-1" | "a-2";
  x?: false;
}
export type CreateChatCompletionRequest =
  | ARequestIfX
  | ARequestUnlessX
  | ({ model: "b-1" } & BCore)
  | ({ model: \`ft:\${string}\` } & BCore);
`;

describe("bench what-if unions", () => {
  test("families collapse a model's case members; keyed keeps literal model ids only", () => {
    const { text, counts } = whatIfModule(fixture, "./types.js");
    expect(counts).toStrictEqual({ members: 4, noVariants: 3, keyed: 2 });
    expect(text).toContain('import type { ACore, BCore } from "./types.js";');
    expect(text).toContain(
      `export type WhatIfNoVariants = ({ model: "a-1" | "a-2" } & ACore) | ({ model: "b-1" } & BCore) | ({ model: \`ft:\${string}\` } & BCore);`,
    );
    expect(text).toContain('export interface WhatIfKeyed1 extends BCore {\n  model: "b-1";\n}');
  });

  test("reads the committed generated chat-completions declarations (one union member per line)", () => {
    const { counts } = whatIfModule(readFileSync(typesFile, "utf8"), "./chat-completions.types.gen.js");
    expect(counts.members).toBeGreaterThan(counts.noVariants);
    expect(counts.noVariants).toBeGreaterThan(counts.keyed);
    expect(counts.keyed).toBeGreaterThan(10);
  });

  test("an unexpected member or a missing union is an error, not a silent guess", () => {
    expect(() => whatIfModule("export type Other = 1;", "./t.js")).toThrow(/no union/);
    expect(() => whatIfModule("export type CreateChatCompletionRequest = string | number;", "./t.js")).toThrow(/unexpected union member/);
  });
});

const builders = `
export function aRequest<const S extends boolean | null | undefined = undefined>(params: AParams & { stream?: S }): NoInfer<{ model: "a-1" } & AParams & StreamFlag<S>> {
  return withModel(params, "a-1");
}
export function coreRequest<const S extends boolean | null | undefined = undefined>(params: CParams & { stream?: S }): NoInfer<{ model: "c-1" } & CParamsCore & StreamFlag<S>> {
  return withModel(params, "c-1");
}
export function otherRequest<const S extends boolean | null | undefined = undefined>(params: DParams & { stream?: S }): NoInfer<{ model: "d-1" } & EParams & StreamFlag<S>> {
  return withModel(params, "d-1");
}
export function bRequest(params: BParams): { model: "b-1" } & BParams {
  return withModel(params, "b-1");
}
`;

describe("bench flat what-if (the editor floor)", () => {
  test("a per-model builder keeps its signature with its rule type replaced by the spec's flat parameters", () => {
    const text = flatWhatIfModule(builders, ["aRequest"]);
    expect(text).toContain(
      'export declare function aRequest<const S extends boolean | null | undefined = undefined>(params: ChatCompletionsParamsBase & { stream?: S }): NoInfer<{ model: "a-1" } & ChatCompletionsParamsBase & StreamFlag<S>>;',
    );
    expect(text).toContain("export interface WhatIfFlatRequest extends ChatCompletionsParamsBase {");
    expect(text).not.toContain("AParams");
  });

  test("a builder whose output carries its params' core (…ParamsCore) is read too; another output type is an error", () => {
    expect(flatWhatIfModule(builders, ["coreRequest"])).toContain(
      'export declare function coreRequest<const S extends boolean | null | undefined = undefined>(params: ChatCompletionsParamsBase & { stream?: S }): NoInfer<{ model: "c-1" } & ChatCompletionsParamsBase & StreamFlag<S>>;',
    );
    expect(() => flatWhatIfModule(builders, ["otherRequest"])).toThrow(/no per-model builder/);
  });

  test("reads the committed generated builders for every builder the bench's requests call", async () => {
    // @ts-expect-error -- bench/ is plain JavaScript without declarations
    const { perModelBuilders } = await import("../../bench/apps.mjs");
    // @ts-expect-error -- bench/ is plain JavaScript without declarations
    const { requests } = await import("../../bench/requests.mjs");
    const names: string[] = perModelBuilders(requests);
    const text = flatWhatIfModule(readFileSync(buildersFile, "utf8"), names);
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(text).toContain(`export declare function ${name}<`);
  });

  test("the generic builder keeps M and S, with the flat parameters in place of the model's", () => {
    const generic =
      "export function chatCompletionRequest<const M extends ChatCompletionsModelId | (string & {}), const S extends boolean | null | undefined = undefined>(request: { model: M; stream?: S } & ChatCompletionsParamsFor<M>): NoInfer<{ model: M } & ChatCompletionsParamsFor<M> & StreamFlag<S>> {\n  return request;\n}\n";
    const text = flatWhatIfModule(builders + generic, ["aRequest"]);
    expect(text).toContain(
      "export declare function chatCompletionRequest<const M extends ChatCompletionsModelId | (string & {}), const S extends boolean | null | undefined = undefined>(request: { model: M; stream?: S } & ChatCompletionsParamsBase): NoInfer<{ model: M } & ChatCompletionsParamsBase & StreamFlag<S>>;",
    );
    expect(text).not.toContain("ParamsFor");
    expect(flatWhatIfModule(builders, ["aRequest"])).not.toContain("chatCompletionRequest");
    expect(flatWhatIfModule(readFileSync(buildersFile, "utf8"), ["gpt4oRequest"])).toContain(
      "export declare function chatCompletionRequest<",
    );
  });

  test("the core what-if keeps each builder's rules on one parameter and drops its dependent cases", () => {
    const text = coreWhatIfModule(builders, ["aRequest", "coreRequest"]);
    expect(text).toContain(
      'export declare function coreRequest<const S extends boolean | null | undefined = undefined>(params: CParamsCore & { stream?: S }): NoInfer<{ model: "c-1" } & CParamsCore & StreamFlag<S>>;',
    );
    expect(text).toContain("(params: AParams & { stream?: S })"); // no cases: the params are the core
    expect(text).toContain('import type { AParams, CParamsCore } from "./chat-completions.types.gen.js";');
    expect(text).not.toContain("CParams &");
    expect(() => coreWhatIfModule(builders, ["bRequest"])).toThrow(/no per-model builder `bRequest/);
  });

  test("a builder of another shape, or a missing one, is an error, not a silent guess", () => {
    expect(() => flatWhatIfModule(builders, ["bRequest"])).toThrow(/no per-model builder `bRequest/);
    expect(() => flatWhatIfModule(builders, ["cRequest"])).toThrow(/no per-model builder `cRequest/);
  });
});
