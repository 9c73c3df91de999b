import { UserError } from "../../src/index.js";

/** The diagnostics a call throws as a UserError, each as `file:line:column CODE` (or `CODE` without a location); [] when it does not throw. */
export function errorsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError)
      return error.diagnostics.map((d) => `${d.location ? `${d.location.file}:${d.location.line}:${d.location.column} ` : ""}${d.code}`);
    throw error;
  }
  return [];
}

/** The error of class `type` a call throws (e.g. the AdaptError of the runtime under test); anything else thrown, or nothing, fails the test. */
export function thrownAs<E extends Error>(type: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
