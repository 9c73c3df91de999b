import { Command } from "commander";
import { UserError } from "../diagnostics/diagnostic.js";
import { generate } from "../index.js";
import { generatorVersion } from "../write/assets.js";
import { defaultCacheDir, resolveDefaultSpec } from "../write/fetch-spec.js";
import { readInput } from "../write/read-input.js";
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
}

/** The command line: parses flags, calls the library, reports. A factory, so tests run it in-process. */
export function createProgram(reporter: Reporter): Program {
  const state = { exitCode: 0 };
  const program = new Command("modelgate")
    .description("Per-model request types, builders and a runtime adapter from OpenAI's OpenAPI spec and a capability overlay")
    .version(generatorVersion())
    .exitOverride()
    .configureOutput({ writeOut: (s) => reporter.out(s), writeErr: (s) => reporter.err(s) });

  program
    .command("generate")
    .description("generate TypeScript from a spec and an overlay")
    .option("--spec <file>", "OpenAI's openapi.yaml or .json (default: the pinned published spec, downloaded once and cached)")
    .option("--overlay <file>", "capability overlay (default: modelgate's overlays/openai.yaml)")
    .option("--out <dir>", "output folder", "generated")
    .option("--check", "write nothing; exit 1 when the output on disk is stale")
    .option("--strict", "model ids the overlay does not classify are errors")
    .option("--json", "diagnostics as JSON")
    .action(async (flags: GenerateFlags) => {
      state.exitCode = await runGenerate(flags, reporter);
    });

  return {
    parseAsync: (argv, options) => program.parseAsync(argv, options),
    get exitCode() {
      return state.exitCode;
    },
  };
}

async function runGenerate(flags: GenerateFlags, reporter: Reporter): Promise<number> {
  const spec = flags.spec
    ? readInput(flags.spec, "MG_SPEC_UNREADABLE")
    : await resolveDefaultSpec({ cacheDir: defaultCacheDir({ cwd: process.cwd(), env: process.env }) });
  const overlay = flags.overlay ? readInput(flags.overlay, "MG_OVERLAY_UNREADABLE") : undefined;
  const result = generate({ spec, ...(overlay && { overlay }), ...(flags.strict && { strict: true }) });
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

export { UserError };
