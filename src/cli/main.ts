import { UserError } from "../diagnostics/diagnostic.js";
import { createProgram } from "./program.js";
import { consoleReporter, type Reporter, reportBug } from "./report.js";

/** Exit codes: 0 ok, 1 stale output (--check) or changes found (--exit-code), 2 bad input, 3 a bug. */
export async function main(argv: string[], reporter: Reporter = consoleReporter): Promise<number> {
  const json = argv.includes("--json");
  const program = createProgram(reporter, json);
  const code = await runProgram(program, argv, reporter);
  program.output.finish();
  return code;
}

async function runProgram(program: ReturnType<typeof createProgram>, argv: string[], reporter: Reporter): Promise<number> {
  try {
    await program.parseAsync(argv, { from: "user" });
    return program.exitCode;
  } catch (error) {
    if (error instanceof UserError) {
      program.output.diagnostics(error.diagnostics);
      return 2;
    }
    if (isCommanderExit(error)) return error.exitCode === 0 ? 0 : 2;
    reportBug(reporter, error);
    return 3;
  }
}

function isCommanderExit(error: unknown): error is { exitCode: number } {
  return typeof error === "object" && error !== null && "code" in error && String(error.code).startsWith("commander.");
}
