import { main } from "../../src/cli/main.js";

export interface CliRun {
  code: number;
  /** Everything printed to stdout / stderr, one reporter call per line. */
  out: string;
  err: string;
}

/** Runs the CLI in-process with a capturing reporter, optionally from another working folder. */
export async function runCli(argv: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const previous = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = await main(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    process.chdir(previous);
  }
}
