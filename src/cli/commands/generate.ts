import type { OutputFormat } from "../../emit/output-format.js";
import { generate } from "../../index.js";
import { staleDiagnostics, writeOutput } from "../../write/write-output.js";
import { type InputFlags, resolveInputs } from "../inputs.js";
import type { Output } from "../output.js";

export interface GenerateFlags extends InputFlags {
  out?: string;
  check?: boolean;
  strict?: boolean;
  format: OutputFormat;
  docs: boolean;
}

const interrupted = {
  completed: "completed the changes of an interrupted run",
  discarded: "removed the staged files of an interrupted run",
};

/** `modelgate generate`: flags over the config file; writes the output folder as a set, or checks it (`--check`). */
export async function runGenerate(flags: GenerateFlags, output: Output): Promise<number> {
  const inputs = resolveInputs(flags);
  const out = flags.out ?? inputs.config?.out ?? "generated";
  const strict = flags.strict ?? inputs.config?.strict ?? false;
  const result = generate({
    spec: await inputs.spec(),
    ...inputs.overlays,
    ...(strict && { strict: true }),
    format: flags.format,
    docs: flags.docs,
  });
  output.diagnostics(result.diagnostics);
  const written = writeOutput({ outDir: out, files: result.files, check: Boolean(flags.check) });
  if (flags.check) {
    const stale = staleDiagnostics(out, written);
    output.diagnostics(stale);
    const fresh = stale.length === 0;
    const text = fresh ? `modelgate: ${out} is up to date (${result.files.length} files)` : "";
    output.result(text, { out, fresh, stale: written.staleFiles });
    return fresh ? 0 : 1;
  }
  const changed = written.written.length + written.removed.length;
  const first = written.interrupted ? `modelgate: ${out}: ${interrupted[written.interrupted]} first\n` : "";
  const counts = `wrote ${written.written.length}, removed ${written.removed.length}, unchanged ${written.unchanged.length}`;
  output.result(`${first}modelgate: ${counts} in ${out}${changed === 0 ? " (nothing changed)" : ""}`, {
    out,
    written: written.written,
    removed: written.removed,
    unchanged: written.unchanged.length,
    ...(written.interrupted && { interrupted: written.interrupted }),
  });
  return 0;
}
