import { UserError } from "../diagnostics/diagnostic.js";
import { findJsonSyntaxError } from "../spec/json-syntax-error.js";

/** A JSON input of `learn` (the error body, the request), or a located MG_LEARN_INPUT error. Pure. */
export function parseJsonInput(input: { file: string; bytes: Uint8Array }): unknown {
  const text = new TextDecoder().decode(input.bytes);
  try {
    return JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const before = text.slice(0, found?.offset ?? 0).split("\n");
    const location = { file: input.file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
    const message = found?.message ?? (error instanceof Error ? error.message : String(error));
    throw new UserError([{ code: "MG_LEARN_INPUT", severity: "error", message: `not valid JSON: ${message}`, location }]);
  }
}
