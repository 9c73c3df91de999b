/**
 * Writes one file a command owns (the HTML report, verify's overlay layer) as `writeOutput()` writes generated files:
 * atomically, and never over a file that command did not write (recognised by `isOurs`), a symlink or anything else
 * that is not a regular file.
 */
import { lstatSync, readFileSync } from "node:fs";
import { UserError } from "../diagnostics/diagnostic.js";
import { toUnwritableError, writeFileAtomic } from "./atomic-file.js";

export interface OwnFile {
  file: string;
  text: string;
  /** Whether an existing file's text is one this command wrote. */
  isOurs(existing: string): boolean;
  /** How a file of ours is recognised, for the refusal (e.g. "no generator meta tag in its head"). */
  mark: string;
  /** The command and flag, for the refusal's message and help (e.g. `modelgate report`, `--html`). */
  writer: string;
  flag: string;
}

/** Writes `text` to `file` unless `file` exists and is not ours (or not a regular file): then exit 2, nothing written. */
export function writeOwnFile(options: OwnFile): void {
  const { file } = options;
  try {
    const stat = lstatSync(file, { throwIfNoEntry: false });
    // A folder is left to the write, which fails with MG_OUTPUT_UNWRITABLE (EISDIR).
    if (stat !== undefined && !stat.isFile() && !stat.isDirectory()) refuse(options, "exists and is not a regular file");
    if (stat?.isFile() && !options.isOurs(readFileSync(file, "utf8")))
      refuse(options, `exists and was not written by \`${options.writer}\` (${options.mark})`);
    writeFileAtomic(file, Buffer.from(options.text, "utf8"));
  } catch (error) {
    throw toUnwritableError(error, file);
  }
}

function refuse(options: OwnFile, why: string): never {
  throw new UserError([
    {
      code: "MG_OUTPUT_FOREIGN_FILE",
      severity: "error",
      message: `refusing to overwrite ${options.file}: it ${why}; nothing was written`,
      location: { file: options.file, line: 1, column: 1 },
      help: `choose another ${options.flag} file, or delete this one if you no longer need it`,
    },
  ]);
}
