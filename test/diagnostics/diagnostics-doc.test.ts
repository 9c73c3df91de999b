import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { codes } from "../../src/diagnostics/codes.js";
import { diagnosticsDoc } from "../../src/diagnostics/diagnostics-doc.js";

const committed = readFileSync(new URL("../../docs/diagnostics.md", import.meta.url), "utf8");

describe("docs/diagnostics.md", () => {
  test("is what the catalog renders (`npm run docs:diagnostics` rewrites it)", () => {
    expect(committed).toBe(diagnosticsDoc());
  });

  test("lists every MG_ code once, with its title and fix", () => {
    const listed = [...committed.matchAll(/^\| `(MG_\w+)` \| (.*) \| (.*) \|$/gm)];
    expect(listed.map((row) => row[1])).toStrictEqual(Object.keys(codes));
    for (const [, code, title, fix] of listed) {
      const entry = codes[code as keyof typeof codes];
      const plain = (cell = "") => cell.replaceAll("\\|", "|").replaceAll("&lt;", "<");
      expect(plain(title)).toBe(entry.title);
      expect(plain(fix)).toBe(entry.fix);
    }
  });

  test("negative control: a catalog text with `|` stays inside its cell", () => {
    const rows = diagnosticsDoc()
      .split("\n")
      .filter((line) => line.startsWith("| `MG_"));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(5);
  });
});
