/** The end of an exhaustive switch: a case the switch does not handle is a compile error here. */
export function assertNever(value: never): never {
  throw new Error(`bug: unhandled case ${JSON.stringify(value)}`);
}
