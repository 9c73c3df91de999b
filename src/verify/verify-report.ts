import type { JsonValue } from "../spec/spec-types.js";
import { yamlPackage } from "../util/lazy-yaml.js";
import type { ProbePlan } from "./probe-plan.js";
import type { ProbeOutcome, ProbeVerdict } from "./run-probes.js";

export interface VerifyReport {
  baseUrl: string;
  date: string;
  models: string[];
  endpoints: string[];
  summary: Record<ProbeVerdict, number>;
  outcomes: ProbeOutcome[];
  skipped: ProbePlan["skipped"];
}

/** The first words of a layer `verify` wrote: how `--write-overlay` knows a file it may replace. */
export const layerMark = "# Written by `modelgate verify`";

const shown: Record<ProbeVerdict, string> = { agrees: "agrees", disagrees: "DISAGREES", "could-not-tell": "could not tell" };

/** The report as a table: one line per probe, the API's answer, and a summary. */
export function formatVerifyReport(report: VerifyReport): string {
  const width = Math.max(...report.outcomes.map((o) => o.probe.id.length), 10);
  const lines = [`verify: ${report.outcomes.length} probes against ${report.baseUrl} on ${report.date}`];
  for (const o of report.outcomes) {
    const expected = o.probe.expect === "refused" ? "overlay: refused" : "overlay: accepted";
    lines.push(`${shown[o.verdict].padEnd(15)} ${o.probe.id.padEnd(width)}  ${expected}; API: ${o.note}`);
  }
  for (const s of report.skipped) lines.push(`${"not probed".padEnd(15)} ${s.modelId} ${s.endpoint} ${s.what}: ${s.reason}`);
  const { agrees, disagrees } = report.summary;
  lines.push(`summary: ${agrees} agree, ${disagrees} disagree, ${report.summary["could-not-tell"]} could not tell`);
  return `${lines.join("\n")}\n`;
}

/** The same as one JSON document (each probe's request included; the key never is). */
export function verifyReportToJson(report: VerifyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** `--dry-run`: the plan, how many requests, and at most how many tokens it can cost. */
export function formatPlan(plan: ProbePlan, baseUrl: string): string {
  const tokens = plan.probes.reduce((sum, p) => sum + p.tokens, 0);
  const refusals = plan.probes.filter((p) => p.expect === "refused").length;
  const lines = [
    `verify --dry-run: ${plan.probes.length} requests to ${baseUrl} (${refusals} expected refusals, answered before anything is generated)`,
    `estimated cost: at most ${tokens} tokens (accepted probes use the smallest output limit of their endpoint)`,
    ...plan.probes.map((p) => `  POST ${p.path} ${p.id} → expect ${p.expect}  ${JSON.stringify(p.request)}`),
    ...plan.skipped.map((s) => `  not probed: ${s.modelId} ${s.endpoint} ${s.what}: ${s.reason}`),
  ];
  return `${lines.join("\n")}\n`;
}

export function summarize(outcomes: readonly ProbeOutcome[]): Record<ProbeVerdict, number> {
  const summary: Record<ProbeVerdict, number> = { agrees: 0, disagrees: 0, "could-not-tell": 0 };
  for (const o of outcomes) summary[o.verdict]++;
  return summary;
}

/**
 * The disagreements as a user overlay layer: each rule the API contradicts, replaced by what the probe saw, citing
 * the probe (date, model, request, answer). What the overlay format cannot say (an accepted role, a served model) is
 * listed as a comment to act on by hand.
 */
export function disagreementsLayer(report: VerifyReport): string {
  const sourceKey = `VERIFY-${report.date}`;
  const models: Record<string, Record<string, { params?: Record<string, JsonValue> }>> = {};
  const byHand: string[] = [];
  for (const o of report.outcomes.filter((x) => x.verdict === "disagrees")) {
    const rule = layerRule(o, sourceKey);
    if (!rule) {
      byHand.push(`# - ${o.probe.id}: the overlay says ${o.probe.expect}, the API ${o.observed} it (${o.note})`);
      continue;
    }
    const byEndpoint = models[o.probe.modelId] ?? {};
    const params = byEndpoint[o.probe.endpoint]?.params ?? {};
    params[o.probe.param] = rule;
    byEndpoint[o.probe.endpoint] = { params };
    models[o.probe.modelId] = byEndpoint;
  }
  const requests = report.outcomes
    .filter((o) => o.verdict === "disagrees")
    .map((o) => `${o.probe.id}: ${JSON.stringify(o.probe.request)} → ${o.status ?? "?"} ${o.note}`);
  const document = {
    overlay: 1,
    sources: {
      [sourceKey]: {
        title: `modelgate verify against ${report.baseUrl}: ${requests.join("; ")}`.slice(0, 2000),
        url: report.baseUrl,
        date: report.date,
      },
    },
    models,
  };
  const header = [
    `${layerMark} on ${report.date}: the rules the API disagreed with, as a layer over your overlay.`,
    ...(byHand.length ? ["# Not expressible as a rule; check by hand:", ...byHand] : []),
  ];
  return `${header.join("\n")}\n${yamlPackage().stringify(document, { lineWidth: 0 })}`;
}

function layerRule(o: ProbeOutcome, source: string): JsonValue | undefined {
  const said = `verify ${o.probe.id} on ${o.probe.endpoint}: the API ${o.observed === "accepted" ? "accepted" : "refused"} ${JSON.stringify(o.probe.request[o.probe.paramPath.param] ?? null)}`;
  const cite = { reason: said, source };
  if (o.observed === "accepted") {
    // The overlay refuses what the API takes: cancel the rule for this model.
    return o.probe.rule.kind === "role" || o.probe.rule.kind === "unserved" ? undefined : { accept: true, ...cite };
  }
  // The overlay accepts what the API refuses.
  return o.probe.rule.kind === "values" || o.probe.rule.kind === "requires" ? { reject: true, ...cite } : undefined;
}
