/**
 * Finds where JSON text first goes wrong. `JSON.parse` says so only in some of its messages, worded differently per
 * Node version (Node 20: "Unexpected token 'x', \"…\" is not valid JSON" carries no position), so after a failed
 * `JSON.parse` we scan the text once more to report a stable line and column.
 */
export interface JsonSyntaxError {
  /** UTF-16 offset into the text. */
  offset: number;
  message: string;
}

class ScanFailure {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const escapable = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new JsonScanner(text);
  try {
    scanner.document();
    return undefined;
  } catch (error) {
    if (error instanceof ScanFailure) return { offset: error.offset, message: error.message };
    if (error instanceof RangeError) return undefined; // nested deeper than our stack: the caller falls back
    throw error;
  }
}

class JsonScanner {
  private pos = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.value();
    this.skipSpace();
    if (this.pos < this.text.length) throw this.unexpected("after the end of the JSON value");
  }

  private value(): void {
    this.skipSpace();
    const char = this.text[this.pos];
    if (char === "{") this.object();
    else if (char === "[") this.array();
    else if (char === '"') this.string();
    else this.scalar();
  }

  private scalar(): void {
    for (const literal of ["true", "false", "null"]) {
      if (this.text.startsWith(literal, this.pos)) {
        this.pos += literal.length;
        return;
      }
    }
    numberPattern.lastIndex = this.pos;
    const number = numberPattern.exec(this.text);
    if (!number) throw this.unexpected("where a value was expected");
    this.pos += number[0].length;
  }

  private object(): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') throw this.unexpected("where a double-quoted property name was expected");
      this.string();
      this.expect(":", "after a property name");
      this.value();
      if (this.separator("}")) return;
    }
  }

  private array(): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return;
    }
    for (;;) {
      this.value();
      if (this.separator("]")) return;
    }
  }

  /** After a member: `,` continues (false), `close` ends (true), anything else fails. */
  private separator(close: "}" | "]"): boolean {
    this.skipSpace();
    const char = this.text[this.pos];
    if (char !== "," && char !== close) throw this.unexpected(`where "," or "${close}" was expected`);
    this.pos++;
    return char === close;
  }

  private string(): void {
    this.pos++;
    for (;;) {
      const char = this.text[this.pos];
      if (char === undefined) throw new ScanFailure(this.pos, "unterminated string");
      if (char === '"') break;
      if (char.charCodeAt(0) < 0x20) throw new ScanFailure(this.pos, "control character in a string");
      if (char === "\\") this.escape();
      else this.pos++;
    }
    this.pos++;
  }

  private escape(): void {
    const next = this.text[this.pos + 1] ?? "";
    if (escapable.has(next)) {
      this.pos += 2;
    } else if (next === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
      this.pos += 6;
    } else {
      throw new ScanFailure(this.pos, "invalid escape sequence in a string");
    }
  }

  private expect(char: string, context: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== char) throw this.unexpected(`where "${char}" was expected ${context}`);
    this.pos++;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && " \t\n\r".includes(this.text.charAt(this.pos))) this.pos++;
  }

  private unexpected(context: string): ScanFailure {
    const char = this.text[this.pos];
    const what = char === undefined ? "end of input" : JSON.stringify(char);
    return new ScanFailure(this.pos, `unexpected ${what} ${context}`);
  }
}
