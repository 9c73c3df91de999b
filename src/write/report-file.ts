import { writeOwnFile } from "./own-file.js";

/** What a report modelgate wrote looks like at its top: `<!DOCTYPE html>` and, in the head, our generator tag. */
function isGeneratedReport(text: string): boolean {
  const head = text.slice(0, 4096);
  const headEnd = head.indexOf("</head>");
  return (
    head.startsWith("<!DOCTYPE html>\n") &&
    /<meta name="generator" content="modelgate [^"]*">/.test(head.slice(0, headEnd < 0 ? undefined : headEnd))
  );
}

/** Writes the HTML report atomically, never over a file that is not a report of ours. */
export function writeReportFile(file: string, html: string): void {
  writeOwnFile({
    file,
    text: html,
    isOurs: isGeneratedReport,
    mark: 'no `<meta name="generator" content="modelgate …">` in its head',
    writer: "modelgate report",
    flag: "--html",
  });
}
