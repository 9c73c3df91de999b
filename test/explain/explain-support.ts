import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CapabilityModel, EndpointExplanation, ServedExplanation } from "../../src/index.js";
import { explain } from "../../src/index.js";
import { repoRoot } from "../support/compilers.js";
import { type CliRun, runCli } from "../support/run-cli.js";

/** The newest shared spec, relative to the repository root as the CLI tests pass it. */
export const specArg = "../shared/openai-openapi/2026-08-21.yaml";
const specPath = join(repoRoot, specArg);

export const explainFixture = (name: string): string => join(repoRoot, "test", "explain", "fixtures", name);

let cached: CapabilityModel | undefined;

/** The capability model of the newest spec and the default overlay, built once per file. */
export function newestModel(): CapabilityModel {
  cached ??= explain({ spec: { file: specArg, bytes: readFileSync(specPath) }, id: "o1" }).model;
  return cached;
}

/** The one explained endpoint that has this key; fails the test when it is missing. */
export function onEndpoint(endpoints: EndpointExplanation[], key = "chat.completions"): EndpointExplanation {
  const found = endpoints.find((e) => e.endpoint === key);
  if (!found) throw new Error(`no explanation for ${key}`);
  return found;
}

export function served(endpoint: EndpointExplanation): ServedExplanation {
  if (endpoint.status !== "served") throw new Error(`${endpoint.resolvedId} is ${endpoint.status} on ${endpoint.endpoint}`);
  return endpoint;
}

/** Runs `modelgate explain …` in-process from the repository root with a capturing reporter. */
export function runExplainCli(argv: string[]): Promise<CliRun> {
  return runCli(["explain", ...argv], { cwd: repoRoot });
}
