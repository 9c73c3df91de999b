import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { parseOverlay } from "../../src/overlay/load-overlay.js";
import { parseOverlayText } from "../overlay/overlay-fixtures.js";
import { indexData, indexParsed, parseSpecText, specFixturesDir } from "../support/spec-fixtures.js";

const smallChat = readFileSync(`${specFixturesDir}small-chat.yaml`, "utf8");
const utf16le = (text: string): Buffer => Buffer.from(text, "utf16le");
const utf16be = (text: string): Buffer => utf16le(text).swap16();
const withBom = (bom: number[], body: Buffer): Buffer => Buffer.concat([Buffer.from(bom), body]);
const brief = (d: { code: string; location?: { line: number; column: number }; message: string }) =>
  `${d.location?.line}:${d.location?.column} ${d.code}: ${d.message}`;

describe("spec > encodings", () => {
  test("UTF-16 LE and BE with a byte order mark > decoded, the same index as the UTF-8 file", () => {
    const expected = indexData(indexParsed(parseSpecText("s.yaml", smallChat)).index);
    for (const bytes of [withBom([0xff, 0xfe], utf16le(smallChat)), withBom([0xfe, 0xff], utf16be(smallChat))]) {
      const parsed = parseSpecText("s.yaml", bytes);
      expect(parsed.diagnostics.items).toStrictEqual([]);
      expect(indexData(indexParsed(parsed).index)).toStrictEqual(expected);
    }
  });

  test("UTF-16 without a byte order mark > MG_SPEC_PARSE naming the encoding, not a YAML syntax error", () => {
    const { spec, diagnostics } = parseSpecText("s.yaml", utf16le(smallChat));
    expect(spec).toBeUndefined();
    expect(diagnostics.items.map(brief)).toStrictEqual([
      "1:2 MG_SPEC_PARSE: the file is not UTF-8 text: it holds a NUL character here (UTF-16 or UTF-32 without a byte order mark?); save it as UTF-8",
    ]);
  });

  test("an overlay in UTF-16 without a byte order mark > MG_OVERLAY_PARSE naming the encoding", () => {
    const diagnostics = new Diagnostics();
    expect(parseOverlay({ file: "o.yaml", bytes: utf16le("overlay: 1\n"), diagnostics })).toBeUndefined();
    expect(diagnostics.items.map((d) => d.code)).toStrictEqual(["MG_OVERLAY_PARSE"]);
    expect(diagnostics.items[0]?.message).toContain("not UTF-8 text");
  });
});

describe("spec > several YAML documents in one file", () => {
  test("a spec > MG_SPEC_PARSE at the second document's `---`", () => {
    const { spec, diagnostics } = parseSpecText("s.yaml", "---\nopenapi: 3.1.0\n---\nopenapi: 3.0.0\n");
    expect(spec).toBeUndefined();
    expect(diagnostics.items.map(brief)).toStrictEqual([
      "3:1 MG_SPEC_PARSE: the file holds 2 YAML documents and the second starts here; a spec is one document (remove the extra `---` and what follows, or split the file)",
    ]);
  });

  test("an overlay > MG_OVERLAY_PARSE at the second document, not the yaml package's advice", () => {
    const { overlay, diagnostics } = parseOverlayText("overlay: 1\n---\noverlay: 1\n---\n");
    expect(overlay).toBeUndefined();
    expect(diagnostics.items.map(brief)).toStrictEqual([
      "2:1 MG_OVERLAY_PARSE: the file holds 3 YAML documents and the second starts here; an overlay is one document (remove the extra `---` and what follows, or split the file)",
    ]);
  });
});
