import { Command, Option } from "commander";
import { type Diagnostic, UserError } from "../diagnostics/diagnostic.js";
import { type OutputFormat, outputFormats } from "../emit/output-format.js";
import { diff, explain, explanationToJson, formatDiff, formatExplanation, generate, report, specDiffToJson } from "../index.js";
import { generatorVersion } from "../write/assets.js";
import { toUnwritableError, writeFileAtomic } from "../write/atomic-file.js";
import { defaultCacheDir, resolveDefaultSpec } from "../write/fetch-spec.js";
import { type InputFile, readInput } from "../write/read-input.js";
import { staleDiagnostics, writeOutput } from "../write/write-output.js";
import { type Reporter, reportDiagnostics, summarizeDiagnostics } from "./report.js";

export interface Program {
  parseAsync(argv: string[], options: { from: "user" }): Promise<unknown>;
  exitCode: number;
}

interface GenerateFlags {
  spec?: string;
  overlay?: string;
  out: string;
  check?: boolean;
  strict?: boolean;
  json?: boolean;
  format: OutputFormat;
  docs: boolean;
}

interface ReportFlags {
  html: string;
  spec?: string;
  overlay?: string;
  oldSpec?: string;
  json?: boolean;
}

interface ExplainFlags {
  endpoint?: string;
  spec?: string;
  overlay?: string;
  json?: boolean;
}

interface DiffFlags {
  overlay?: string;
  json?: boolean;
  exitCode?: boolean;
}

/** The command line: parses flags, calls the library, reports. A factory, so tests run it in-process. */
export function createProgram(reporter: Reporter): Program {
  const state = { exitCode: 0 };
  const program = new Command("modelgate")
    .description("Per-model request types, builders and a runtime adapter from OpenAI's OpenAPI spec and a capability overlay")
    .version(generatorVersion())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => reporter.out(s),
      writeErr: (s) => reporter.err(s),
      outputError: (s) => reportDiagnostics(reporter, [usageDiagnostic(s)]),
    });

  program
    .command("generate")
    .description("generate TypeScript from a spec and an overlay")
    .option("--spec <file>", "OpenAI's openapi.yaml or .json (default: the pinned published spec, downloaded once and cached)")
    .option("--overlay <file>", "capability overlay (default: modelgate's overlays/openai.yaml)")
    .option("--out <dir>", "output folder", "generated")
    .option("--check", "write nothing; exit 1 when the output on disk is stale")
    .option("--strict", "model ids the overlay does not classify are errors")
    .addOption(
      new Option("--format <format>", "ts: TypeScript modules imported as .js; ts-imports: imported as .ts (Deno); js: .mjs + .d.mts")
        .choices(outputFormats)
        .default("ts"),
    )
    .option("--no-docs", "leave the spec's parameter descriptions out of the output's doc comments")
    .option("--json", "diagnostics as JSON")
    .action(async (flags: GenerateFlags) => {
      state.exitCode = await runGenerate(flags, reporter);
    });

  program
    .command("explain")
    .description("show what a model rejects, narrows and accepts, with reasons and sources")
    .argument("<model>", "model id, e.g. o1, gpt-5.1 or ft:gpt-4o-mini-2024-07-18:org::id")
    .option("--endpoint <key>", "only this endpoint (e.g. chat.completions)")
    .option("--spec <file>", "OpenAI's openapi.yaml or .json (default: the pinned published spec, downloaded once and cached)")
    .option("--overlay <file>", "capability overlay (default: modelgate's overlays/openai.yaml)")
    .option("--json", "the explanation as JSON")
    .action(async (id: string, flags: ExplainFlags) => {
      state.exitCode = await runExplain(id, flags, reporter);
    });

  program
    .command("report")
    .description("write the capability matrix (models × parameters per endpoint, with reasons and sources) as one HTML page")
    .requiredOption("--html <file>", "the HTML file to write")
    .option("--spec <file>", "OpenAI's openapi.yaml or .json (default: the pinned published spec, downloaded once and cached)")
    .option("--overlay <file>", "capability overlay (default: modelgate's overlays/openai.yaml)")
    .option("--old-spec <file>", "an older spec: the page also shows what changed from it to --spec")
    .option("--json", "diagnostics as JSON")
    .action(async (flags: ReportFlags) => {
      state.exitCode = await runReport(flags, reporter);
    });

  program
    .command("diff")
    .description("what changed between two specs: models, parameters, unclassified ids, and breaks for generated code")
    .argument("<old-spec>", "the older openapi.yaml or .json")
    .argument("<new-spec>", "the newer openapi.yaml or .json")
    .option("--overlay <file>", "capability overlay (default: modelgate's overlays/openai.yaml)")
    .option("--json", "the diff as JSON")
    .option("--exit-code", "exit 1 when anything changed")
    .action(async (oldSpec: string, newSpec: string, flags: DiffFlags) => {
      state.exitCode = runDiff(oldSpec, newSpec, flags, reporter);
    });

  return {
    parseAsync: (argv, options) => program.parseAsync(argv, options),
    get exitCode() {
      return state.exitCode;
    },
  };
}

/** `--spec <file>`, else the pinned published spec (downloaded once, cached). */
async function readSpecFlag(file: string | undefined): Promise<InputFile> {
  if (file) return readInput(file, "MG_SPEC_UNREADABLE");
  return resolveDefaultSpec({ cacheDir: defaultCacheDir({ cwd: process.cwd(), env: process.env }) });
}

async function runGenerate(flags: GenerateFlags, reporter: Reporter): Promise<number> {
  const spec = await readSpecFlag(flags.spec);
  const overlay = flags.overlay ? readInput(flags.overlay, "MG_OVERLAY_UNREADABLE") : undefined;
  const result = generate({
    spec,
    ...(overlay && { overlay }),
    ...(flags.strict && { strict: true }),
    format: flags.format,
    docs: flags.docs,
  });
  reportDiagnostics(reporter, summarizeDiagnostics(result.diagnostics), flags.json);
  const written = writeOutput({ outDir: flags.out, files: result.files, check: Boolean(flags.check) });
  if (flags.check) {
    const stale = staleDiagnostics(flags.out, written);
    if (stale.length === 0) {
      reporter.out(`modelgate: ${flags.out} is up to date (${result.files.length} files)`);
      return 0;
    }
    reportDiagnostics(reporter, stale, flags.json);
    return 1;
  }
  const changed = written.written.length + written.removed.length;
  reporter.out(
    `modelgate: wrote ${written.written.length}, removed ${written.removed.length}, unchanged ${written.unchanged.length} in ${flags.out}${changed === 0 ? " (nothing changed)" : ""}`,
  );
  return 0;
}

/** Commander's own errors (unknown flag, missing argument) as a catalogued diagnostic. */
function usageDiagnostic(text: string): Diagnostic {
  return { code: "MG_USAGE", severity: "error", message: text.replace(/^error: /, "").trim() };
}

async function runExplain(id: string, flags: ExplainFlags, reporter: Reporter): Promise<number> {
  const spec = await readSpecFlag(flags.spec);
  const overlay = flags.overlay ? readInput(flags.overlay, "MG_OVERLAY_UNREADABLE") : undefined;
  const endpoint = flags.endpoint;
  const result = explain({ spec, id, ...(overlay && { overlay }), ...(endpoint !== undefined && { endpoint }) });
  reportDiagnostics(reporter, summarizeDiagnostics(result.diagnostics), flags.json);
  reporter.out(flags.json ? explanationToJson(result.explanation) : formatExplanation(result.explanation));
  return 0;
}

async function runReport(flags: ReportFlags, reporter: Reporter): Promise<number> {
  const spec = await readSpecFlag(flags.spec);
  const overlay = flags.overlay ? readInput(flags.overlay, "MG_OVERLAY_UNREADABLE") : undefined;
  const old = flags.oldSpec ? readInput(flags.oldSpec, "MG_SPEC_UNREADABLE") : undefined;
  const changes = old ? diff({ old, new: spec, ...(overlay && { overlay }) }) : undefined;
  const result = report({ spec, ...(overlay && { overlay }), ...(changes && { diff: changes.diff }) });
  reportDiagnostics(reporter, summarizeDiagnostics([...(changes?.diagnostics ?? []), ...result.diagnostics]), flags.json);
  try {
    writeFileAtomic(flags.html, Buffer.from(result.html, "utf8"));
  } catch (error) {
    throw toUnwritableError(error, flags.html);
  }
  reporter.out(`modelgate: wrote ${flags.html}`);
  return 0;
}

function runDiff(oldSpec: string, newSpec: string, flags: DiffFlags, reporter: Reporter): number {
  const old = readInput(oldSpec, "MG_SPEC_UNREADABLE");
  const spec = readInput(newSpec, "MG_SPEC_UNREADABLE");
  const overlay = flags.overlay ? readInput(flags.overlay, "MG_OVERLAY_UNREADABLE") : undefined;
  const result = diff({ old, new: spec, ...(overlay && { overlay }) });
  reportDiagnostics(reporter, result.diagnostics, flags.json);
  reporter.out(flags.json ? specDiffToJson(result.diff) : formatDiff(result.diff));
  return flags.exitCode && result.diff.changed ? 1 : 0;
}

export { UserError };
