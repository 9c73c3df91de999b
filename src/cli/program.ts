import { Command, type Command as CommandType, Option } from "commander";
import { type Diagnostic, UserError } from "../diagnostics/diagnostic.js";
import { outputFormats } from "../emit/output-format.js";
import { generatorVersion } from "../input/assets.js";
import { type GenerateFlags, runGenerate } from "./commands/generate.js";
import { runDiff, runExplain, runLearn, runReport } from "./commands/inspect.js";
import { runVerify, type VerifyFlags } from "./commands/verify.js";
import { initProject } from "./init.js";
import { Output } from "./output.js";
import type { Reporter } from "./report.js";

export interface Program {
  parseAsync(argv: string[], options: { from: "user" }): Promise<unknown>;
  exitCode: number;
}

const specHelp = "OpenAI's openapi.yaml or .json (default: the config's, else the pinned published spec, downloaded once and cached)";

/** The options every command that reads a spec and overlays shares; flags override the config file. */
function withInputs(command: CommandType, spec = true): CommandType {
  if (spec) command.option("--spec <file>", specHelp);
  return command
    .option(
      "--overlay <file>",
      "an overlay layer over the built-in one (repeatable; later wins per rule)",
      (v, all: string[]) => [...all, v],
      [],
    )
    .option("--no-default-overlay", "leave out modelgate's built-in overlay (the first --overlay is then the base)")
    .option("--config <file>", 'the config file (default: modelgate.config.json/.yaml or package.json\'s "modelgate" key)')
    .option("--json", "exactly one JSON document on stdout: the result and its diagnostics");
}

/**
 * The command line: parses flags, calls the library, reports. A factory, so tests run it in-process. With `--json`
 * every command prints one JSON document; `finish()` writes it (main calls it also after a user error).
 */
export function createProgram(reporter: Reporter, json = false): Program & { output: Output } {
  const state = { exitCode: 0 };
  const output = new Output(reporter, json);
  const run = (action: () => Promise<number> | number) => async () => {
    state.exitCode = await action();
  };
  const program = new Command("modelgate")
    .description("Per-model request types, builders and a runtime adapter from OpenAI's OpenAPI spec and a capability overlay")
    .version(generatorVersion())
    .exitOverride()
    .configureOutput({
      writeOut: (s) => reporter.out(s),
      writeErr: (s) => reporter.err(s),
      outputError: (s) => output.diagnostics([usageDiagnostic(s)]),
    });

  withInputs(program.command("generate").description("generate TypeScript from a spec and overlays (reads the config file)"))
    .option("--out <dir>", "output folder (default: the config's, else generated)")
    .option("--check", "write nothing; exit 1 when the output on disk is stale")
    .option("--strict", "model ids the overlay does not classify are errors")
    .addOption(
      new Option("--format <format>", "ts: TypeScript modules imported as .js; ts-imports: imported as .ts (Deno); js: .mjs + .d.mts")
        .choices(outputFormats)
        .default("ts"),
    )
    .option("--no-docs", "leave the spec's parameter descriptions out of the output's doc comments")
    .action((flags: GenerateFlags) => run(() => runGenerate(flags, output))());

  withInputs(program.command("explain").description("show what a model rejects, narrows and accepts, with reasons and sources"))
    .argument("<model>", "model id, e.g. o1, gpt-5.1 or ft:gpt-4o-mini-2024-07-18:org::id")
    .option("--endpoint <key>", "only this endpoint (e.g. chat.completions)")
    .action((id: string, flags) => run(() => runExplain(id, flags, output))());

  withInputs(program.command("report").description("write the capability matrix (models × parameters per endpoint) as one HTML page"))
    .requiredOption("--html <file>", "the HTML file to write")
    .option("--old-spec <file>", "an older spec: the page also shows what changed from it to --spec")
    .action((flags) => run(() => runReport(flags, output))());

  withInputs(
    program
      .command("diff")
      .description("what changed between two specs: models, parameters, unclassified ids, and breaks for generated code"),
    false,
  )
    .argument("<old-spec>", "the older openapi.yaml or .json")
    .argument("<new-spec>", "the newer openapi.yaml or .json")
    .option("--exit-code", "exit 1 when anything changed")
    .action((oldSpec: string, newSpec: string, flags) => run(() => runDiff(oldSpec, newSpec, flags, output))());

  withInputs(program.command("learn").description("read an API error (a 400 body): which overlay rule it matches, or the rule to add"))
    .argument("<error-json>", "the API's error response body, as JSON")
    .option("--request <file>", "the request that got the error, as JSON")
    .option("--endpoint <key>", "the endpoint called (default: chat.completions for a request with messages)")
    .option("--model <id>", "the model called (default: the request's model)")
    .action((errorFile: string, flags) => run(() => runLearn(errorFile, flags, output))());

  withInputs(
    program.command("verify").description("probe the live API (or a proxy) for the chosen models and report where the overlay disagrees"),
  )
    .option("--models <ids>", "comma-separated model ids to probe (only these are ever sent)")
    .option("--endpoints <keys>", "comma-separated endpoint keys (default: every covered one)")
    .option("--api-key-env <name>", "the environment variable that holds the API key", "OPENAI_API_KEY")
    .option("--base-url <url>", "the API's base URL (a proxy, Azure or a test server)", "https://api.openai.com/v1")
    .option("--dry-run", "print the plan, the number of requests and a token estimate; send nothing")
    .option("--write-overlay <file>", "write the disagreements as a user overlay layer")
    .option("--concurrency <n>", "requests in flight at once", "4")
    .option("--timeout <ms>", "abandon a request with no answer after this long", "30000")
    .action((flags: VerifyFlags) => run(() => runVerify(flags, output))());

  program
    .command("init")
    .description("write a starter modelgate.config.yaml and an empty overlays/modelgate.yaml layer")
    .option("--json", "exactly one JSON document on stdout")
    .action(
      run(() => {
        const files = initProject(process.cwd());
        output.result(`modelgate: wrote ${files.join(", ")}`, { written: files });
        return 0;
      }),
    );

  return {
    output,
    parseAsync: (argv, options) => program.parseAsync(argv, options),
    get exitCode() {
      return state.exitCode;
    },
  };
}

/** Commander's own errors (unknown flag, missing argument) as a catalogued diagnostic. */
function usageDiagnostic(text: string): Diagnostic {
  return { code: "MG_USAGE", severity: "error", message: text.replace(/^error: /, "").trim() };
}

export { UserError };
