import { yamlPackage } from "../util/lazy-yaml.js";

/** The text of an input file, or why it cannot be read as text and where (a UTF-16 offset of the decoded text). */
export type DecodedText = { ok: true; text: string } | { ok: false; message: string; offset: number; text: string };

/**
 * Decodes a spec or overlay: UTF-8 (a BOM is dropped), or UTF-16 when a byte order mark says so (editors on Windows
 * save it). Text without a BOM that holds a NUL character is refused: it is UTF-16 or UTF-32 without a BOM, or not
 * text at all, and decoding it as UTF-8 would only give a confusing syntax error further on.
 */
export function decodeInputText(bytes: Uint8Array): DecodedText {
  const text = new TextDecoder(encodingOf(bytes)).decode(bytes); // drops the BOM
  const nul = text.indexOf("\u0000");
  if (nul < 0) return { ok: true, text };
  const message =
    "the file is not UTF-8 text: it holds a NUL character here (UTF-16 or UTF-32 without a byte order mark?); save it as UTF-8";
  return { ok: false, message, offset: nul, text };
}

function encodingOf(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/**
 * The offset where the second YAML document of a stream starts (`---` after a first document), or undefined when
 * the text holds at most one document. Read with the `yaml` package, only after js-yaml refused the text.
 */
export function secondDocumentOffset(text: string): { offset: number; count: number } | undefined {
  const documents = yamlPackage().parseAllDocuments(text);
  if (!Array.isArray(documents) || documents.length < 2) return undefined;
  return { offset: documents[1]?.range[0] ?? 0, count: documents.length };
}

/** The message for a stream of several documents where one is expected. */
export function multipleDocumentsMessage(count: number, what: "spec" | "overlay"): string {
  return `the file holds ${count} YAML documents and the second starts here; a${what === "overlay" ? "n" : ""} ${what} is one document (remove the extra \`---\` and what follows, or split the file)`;
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
