import { readFileSync } from "node:fs";
import type { Code } from "../diagnostics/codes.js";
import { UserError } from "../diagnostics/diagnostic.js";

export interface InputFile {
  /** The path as the user gave it, for messages. */
  file: string;
  bytes: Uint8Array;
}

/** Reads an input file; an unreadable path is a user error naming the path and the reason. */
export function readInput(file: string, code: Extract<Code, "MG_SPEC_UNREADABLE" | "MG_OVERLAY_UNREADABLE" | "MG_LEARN_INPUT">): InputFile {
  try {
    return { file, bytes: readFileSync(file) };
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new UserError([
      { code, severity: "error", message: `cannot read "${file}" (${reason})`, location: { file, line: 1, column: 1 } },
    ]);
  }
}
