/**
 * Text from the spec (a parameter's description) made safe for a `/** … *\/` doc comment: every line terminator that
 * JavaScript knows (CR LF, CR, LF, U+2028, U+2029) becomes `\n`, which the printer turns into ` * ` lines, and `*\/`
 * cannot end the comment early. Trailing spaces and blank lines at either end are dropped.
 */
export function docCommentText(text: string): string {
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.trimEnd().replaceAll("*/", "*\\/"))
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}
