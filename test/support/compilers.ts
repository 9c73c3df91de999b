import { execFile } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The compiler matrix: every compile-time test runs under each of these. */
export interface Compiler {
  readonly name: string;
  readonly version: string;
  /** Absolute path of the package's `bin/tsc`; all three are Node scripts. */
  readonly bin: string;
}

/**
 * One diagnostic as printed by `tsc --pretty false`.
 * Global diagnostics (no location, e.g. `error TS6053: …`) have `file: undefined`, `line: 0`, `column: 0`.
 * Output lines that are neither diagnostics nor continuations (a crash, a stack trace) become
 * diagnostics with `code: 0`, so nothing the compiler prints is ever dropped.
 */
export interface CompilerDiagnostic {
  readonly file: string | undefined;
  readonly line: number;
  readonly column: number;
  readonly code: number;
  readonly text: string;
}

export interface CompilerRun {
  /** Non-zero on errors; 5.x/6.x exit 2 and 7.x exits 1, so compare with 0 only. */
  readonly exitCode: number;
  readonly diagnostics: CompilerDiagnostic[];
  readonly output: string;
}

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

const binOf = (pkg: string): string => resolve(repoRoot, "node_modules", pkg, "bin", "tsc");

export const compilers: readonly Compiler[] = [
  { name: "ts5", version: "5.9", bin: binOf("typescript5") },
  { name: "ts6", version: "6.0", bin: binOf("typescript6") },
  // typescript@7's bin/tsc is a Node launcher that resolves and runs the native
  // @typescript/typescript-linux-x64 executable (execve on Node >= 22.15, a child process before).
  { name: "ts7", version: "7.0", bin: binOf("typescript7") },
];

const MAX_BUFFER = 64 * 1024 * 1024;

interface ExecResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

function execNode(args: readonly string[], cwd: string): Promise<ExecResult> {
  return new Promise((done, fail) => {
    execFile(process.execPath, args, { cwd, maxBuffer: MAX_BUFFER, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error === null) {
        done({ exitCode: 0, stdout, stderr });
      } else if (typeof error.code === "number") {
        done({ exitCode: error.code, stdout, stderr });
      } else {
        // Spawn failure, signal or maxBuffer overflow: a harness bug, not a compile result.
        fail(new Error(`${args.join(" ")} failed: ${error.message}\n${stderr}`, { cause: error }));
      }
    });
  });
}

/**
 * Runs `<bin> -p <project> --pretty false --noEmit` with the project's folder as the working
 * directory (tsc prints paths relative to it) and parses what it prints.
 */
export async function runCompiler({ compiler, project }: { compiler: Compiler; project: string }): Promise<CompilerRun> {
  const cwd = dirname(project);
  const args = [compiler.bin, "-p", project, "--pretty", "false", "--noEmit"];
  const { exitCode, stdout, stderr } = await execNode(args, cwd);
  const output = stderr === "" ? stdout : `${stdout}\n${stderr}`;
  return { exitCode, diagnostics: parseDiagnostics(output, cwd), output };
}

const LOCATED = /^(.+?)\((\d+),(\d+)\): error TS(\d+): (.*)$/;
const GLOBAL = /^error TS(\d+): (.*)$/;
const CONTINUATION = /^\s+\S/;

interface Draft {
  file: string | undefined;
  line: number;
  column: number;
  code: number;
  lines: string[];
}

function startDiagnostic(line: string, baseDir: string): Draft {
  const located = LOCATED.exec(line);
  if (located !== null) {
    const [, file = "", row = "0", column = "0", code = "0", text = ""] = located;
    return { file: resolve(baseDir, file), line: Number(row), column: Number(column), code: Number(code), lines: [text] };
  }
  const global = GLOBAL.exec(line);
  if (global !== null) {
    const [, code = "0", text = ""] = global;
    return { file: undefined, line: 0, column: 0, code: Number(code), lines: [text] };
  }
  return { file: undefined, line: 0, column: 0, code: 0, lines: [line] };
}

/**
 * Parses `file(line,col): error TSnnnn: text` and `error TSnnnn: text`, each followed by indented
 * continuation lines. Files are resolved against `baseDir` (the compiler's working directory).
 * Continuation lines keep their indentation, joined to the first line with `\n`.
 */
export function parseDiagnostics(output: string, baseDir: string): CompilerDiagnostic[] {
  const drafts: Draft[] = [];
  for (const line of output.replace(/\r\n/g, "\n").split("\n")) {
    const current = drafts.at(-1);
    if (line.trim() === "") continue;
    if (current !== undefined && CONTINUATION.test(line)) {
      current.lines.push(line.trimEnd());
    } else {
      drafts.push(startDiagnostic(line.trimEnd(), baseDir));
    }
  }
  return drafts.map(({ lines, ...rest }) => ({ ...rest, text: lines.join("\n") }));
}
