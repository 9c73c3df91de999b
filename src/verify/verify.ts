import type { CapabilityModel } from "../capabilities/capability-model.js";
import type { EndpointKey } from "../spec/endpoints.js";
import { type ProbePlan, planProbes } from "./probe-plan.js";
import { type RunOptions, runProbes } from "./run-probes.js";
import { summarize, type VerifyReport } from "./verify-report.js";

export interface VerifyOptions extends Omit<RunOptions, "probes"> {
  model: CapabilityModel;
  /** Only these model ids are probed. */
  models: readonly string[];
  endpoints?: readonly EndpointKey[];
  /** The day of the run (the report's and the written layer's date); defaults to today. */
  date?: string;
}

/** Plans the probes for the chosen models and endpoints, sends them, and reports each verdict. */
export async function verifyOverlay(options: VerifyOptions): Promise<{ plan: ProbePlan; report: VerifyReport }> {
  const plan = planProbes(options);
  const outcomes = await runProbes({ ...options, probes: plan.probes });
  const report: VerifyReport = {
    baseUrl: options.baseUrl,
    date: options.date ?? new Date().toISOString().slice(0, 10),
    models: [...options.models],
    endpoints: [...new Set(plan.probes.map((p) => p.endpoint))],
    summary: summarize(outcomes),
    outcomes,
    skipped: plan.skipped,
  };
  return { plan, report };
}
