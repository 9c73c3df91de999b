import {
  diff,
  explain,
  explanationToJson,
  formatDiff,
  formatExplanation,
  formatLearned,
  learn,
  report,
  specDiffToJson,
} from "../../index.js";
import { readInput } from "../../input/read-input.js";
import { parseJsonInput } from "../../learn/read-json.js";
import { writeReportFile } from "../../write/report-file.js";
import { type InputFlags, resolveInputs } from "../inputs.js";
import type { Output } from "../output.js";

/** The commands that read a spec and overlays and print what they find: explain, report, diff, learn. */

export async function runExplain(id: string, flags: InputFlags & { endpoint?: string }, output: Output): Promise<number> {
  const inputs = resolveInputs(flags);
  const result = explain({
    spec: await inputs.spec(),
    ...inputs.overlays,
    id,
    ...(flags.endpoint !== undefined && { endpoint: flags.endpoint }),
  });
  output.diagnostics(result.diagnostics);
  output.result(formatExplanation(result.explanation), JSON.parse(explanationToJson(result.explanation)));
  return 0;
}

export async function runReport(flags: InputFlags & { html: string; oldSpec?: string }, output: Output): Promise<number> {
  const inputs = resolveInputs(flags);
  const spec = await inputs.spec();
  const old = flags.oldSpec ? readInput(flags.oldSpec, "MG_SPEC_UNREADABLE") : undefined;
  const changes = old ? diff({ old, new: spec, ...inputs.overlays }) : undefined;
  const result = report({ spec, ...inputs.overlays, ...(changes && { diff: changes.diff }) });
  output.diagnostics([...(changes?.diagnostics ?? []), ...result.diagnostics]);
  writeReportFile(flags.html, result.html);
  output.result(`modelgate: wrote ${flags.html}`, { html: flags.html });
  return 0;
}

export function runDiff(oldSpec: string, newSpec: string, flags: InputFlags & { exitCode?: boolean }, output: Output): number {
  const inputs = resolveInputs(flags);
  const old = readInput(oldSpec, "MG_SPEC_UNREADABLE");
  const spec = readInput(newSpec, "MG_SPEC_UNREADABLE");
  const result = diff({ old, new: spec, ...inputs.overlays });
  output.diagnostics(result.diagnostics);
  output.result(formatDiff(result.diff), JSON.parse(specDiffToJson(result.diff)));
  return flags.exitCode && result.diff.changed ? 1 : 0;
}

export async function runLearn(
  errorFile: string,
  flags: InputFlags & { request?: string; endpoint?: string; model?: string },
  output: Output,
): Promise<number> {
  const error = parseJsonInput(readInput(errorFile, "MG_LEARN_INPUT"));
  const request = flags.request ? parseJsonInput(readInput(flags.request, "MG_LEARN_INPUT")) : undefined;
  const inputs = resolveInputs(flags);
  const result = learn({
    spec: await inputs.spec(),
    ...inputs.overlays,
    error,
    errorFile,
    sourceUrl: `file:${errorFile}`,
    ...(request !== undefined && { request }),
    ...(flags.endpoint && { endpoint: flags.endpoint }),
    ...(flags.model && { modelId: flags.model }),
  });
  output.diagnostics(result.diagnostics);
  output.result(formatLearned(result.learned), { ...result.learned });
  return 0;
}
