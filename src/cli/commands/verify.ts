import type { CapabilityModel } from "../../capabilities/capability-model.js";
import { UserError } from "../../diagnostics/diagnostic.js";
import { capabilities } from "../../index.js";
import type { EndpointKey } from "../../spec/endpoints.js";
import { planProbes } from "../../verify/probe-plan.js";
import { VerifyAuthError } from "../../verify/run-probes.js";
import { verifyOverlay } from "../../verify/verify.js";
import { disagreementsLayer, formatPlan, formatVerifyReport, layerMark } from "../../verify/verify-report.js";
import { writeOwnFile } from "../../write/own-file.js";
import { type InputFlags, resolveInputs } from "../inputs.js";
import type { Output } from "../output.js";

export interface VerifyFlags extends InputFlags {
  models?: string;
  endpoints?: string;
  apiKeyEnv: string;
  baseUrl: string;
  dryRun?: boolean;
  writeOverlay?: string;
  concurrency: string;
  timeout: string;
}

/** `modelgate verify`: probe the API for the chosen models' rules; exit 1 on a disagreement. */
export async function runVerify(flags: VerifyFlags, output: Output): Promise<number> {
  const inputs = resolveInputs(flags);
  const { model, diagnostics } = capabilities({ spec: await inputs.spec(), ...inputs.overlays });
  const models = splitList(flags.models);
  const endpoints = splitList(flags.endpoints);
  checkVerifyInput(model, models, endpoints);
  const baseUrl = flags.baseUrl;
  output.diagnostics(diagnostics);
  const chosen = { model, models, ...(endpoints.length > 0 && { endpoints: endpoints as EndpointKey[] }) };
  if (flags.dryRun) {
    const plan = planProbes(chosen);
    output.result(formatPlan(plan, baseUrl), { dryRun: true, baseUrl, ...plan });
    return 0;
  }
  const apiKey = process.env[flags.apiKeyEnv];
  if (!apiKey) throw new UserError([{ code: "MG_VERIFY_NO_KEY", severity: "error", message: `no API key in $${flags.apiKeyEnv}` }]);
  const run = {
    baseUrl,
    apiKey,
    concurrency: positive(flags.concurrency, "--concurrency"),
    timeoutMs: positive(flags.timeout, "--timeout"),
  };
  const { report } = await verifyOverlay({ ...chosen, ...run }).catch((error: unknown) => {
    if (error instanceof VerifyAuthError)
      throw new UserError([{ code: "MG_VERIFY_AUTH", severity: "error", message: `${error.message} at ${baseUrl}` }]);
    throw error;
  });
  if (flags.writeOverlay) writeLayer(flags.writeOverlay, disagreementsLayer(report));
  output.result(formatVerifyReport(report), { ...report });
  return report.summary.disagrees > 0 ? 1 : 0;
}

function splitList(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function positive(text: string, flag: string): number {
  const value = Number(text);
  if (Number.isInteger(value) && value > 0) return value;
  throw new UserError([{ code: "MG_USAGE", severity: "error", message: `${flag} takes a whole number above 0, not "${text}"` }]);
}

/** The models must be ones the overlay knows, on an endpoint asked for: verify never probes a stranger. */
function checkVerifyInput(model: CapabilityModel, models: string[], endpoints: string[]): void {
  const problem = (message: string): never => {
    throw new UserError([{ code: "MG_VERIFY_INPUT", severity: "error", message }]);
  };
  if (models.length === 0) problem("--models is required: say which models to probe");
  const unknownEndpoint = endpoints.find((e) => !model.endpoints.some((c) => c.spec.key === e));
  if (unknownEndpoint) problem(`"${unknownEndpoint}" is not an endpoint the overlay covers`);
  const chosen = model.endpoints.filter((e) => endpoints.length === 0 || endpoints.includes(e.spec.key));
  const known = (id: string) => chosen.some((e) => e.models.some((m) => m.id === id) || e.unserved.some((u) => u.id === id));
  const stranger = models.find((id) => !known(id));
  if (stranger) problem(`"${stranger}" is not a model the overlay knows on ${chosen.map((e) => e.spec.key).join(", ")}`);
}

/** The layer file: written atomically, and never over a file that `verify` did not write. */
function writeLayer(file: string, text: string): void {
  writeOwnFile({
    file,
    text,
    isOurs: (existing) => existing.startsWith(layerMark),
    mark: `its first line is not "${layerMark}…"`,
    writer: "modelgate verify",
    flag: "--write-overlay",
  });
}
