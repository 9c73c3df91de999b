/**
 * Writes the HTML report, as `writeOutput()` writes generated files: atomically, and never over a file modelgate did
 * not write. Our page is recognised by its first line and its generator meta tag, which every report carries.
 */
import { lstatSync, readFileSync } from "node:fs";
import { UserError } from "../diagnostics/diagnostic.js";
import { toUnwritableError, writeFileAtomic } from "./atomic-file.js";

/** What a report modelgate wrote looks like at its top: `<!DOCTYPE html>` and, in the head, our generator tag. */
function isGeneratedReport(text: string): boolean {
  const head = text.slice(0, 4096);
  const headEnd = head.indexOf("</head>");
  return (
    head.startsWith("<!DOCTYPE html>\n") &&
    /<meta name="generator" content="modelgate [^"]*">/.test(head.slice(0, headEnd < 0 ? undefined : headEnd))
  );
}

/** Writes `html` to `file` unless `file` exists and is not a report of ours (or not a regular file): then exit 2. */
export function writeReportFile(file: string, html: string): void {
  try {
    const stat = lstatSync(file, { throwIfNoEntry: false });
    // A folder is left to the write, which fails with MG_OUTPUT_UNWRITABLE (EISDIR).
    if (stat !== undefined && !stat.isFile() && !stat.isDirectory()) refuse(file, "exists and is not a regular file");
    if (stat?.isFile() && !isGeneratedReport(readFileSync(file, "utf8"))) {
      refuse(file, 'exists and was not written by `modelgate report` (no `<meta name="generator" content="modelgate …">` in its head)');
    }
    writeFileAtomic(file, Buffer.from(html, "utf8"));
  } catch (error) {
    throw toUnwritableError(error, file);
  }
}

function refuse(file: string, why: string): never {
  throw new UserError([
    {
      code: "MG_OUTPUT_FOREIGN_FILE",
      severity: "error",
      message: `refusing to overwrite ${file}: it ${why}; nothing was written`,
      location: { file, line: 1, column: 1 },
      help: "choose another --html file, or delete this one if you no longer need it",
    },
  ]);
}
