import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { parseOverlay } from "../../src/overlay/load-overlay.js";
import { type OverlaySource, pinKinds } from "../../src/overlay/overlay-schema.js";
import { compareStrings } from "../../src/util/closest.js";
import { repoRoot } from "../support/compilers.js";
import { brief } from "./overlay-fixtures.js";

// Issue 11 item 6: every source of the default overlay can be re-checked as it was read, through its `pin`. The few
// that no pin reaches yet (pages that change, with no archived copy at hand; forum posts whose date is not recorded)
// are listed in overlays/NOTES.md, and this list may only shrink: a new source without a pin fails here.
const unpinned = [
  "APIYI-2026-10",
  "C-G5",
  "C-O1",
  "DEP-0826",
  "DEP-1014",
  "DEP-NOW",
  "OAI-DR",
  "OAI-G51",
  "OAI-G54",
  "OAI-G55",
  "OAI-G56",
  "OAI-PRED",
];

function defaultSources(): OverlaySource[] {
  const diagnostics = new Diagnostics();
  const bytes = readFileSync(join(repoRoot, "overlays", "openai.yaml"));
  const overlay = parseOverlay({ file: "openai.yaml", bytes, diagnostics });
  if (!overlay || diagnostics.hasErrors()) throw new Error(diagnostics.items.map(brief).join("; "));
  return [...overlay.sources.values()];
}

describe("default overlay > sources", () => {
  const sources = defaultSources();

  test("no source lacks a pin but the ones NOTES.md lists as unpinned", () => {
    const found = sources.filter((s) => s.pin === undefined).map((s) => s.key);
    expect(found.sort(compareStrings)).toStrictEqual([...unpinned].sort(compareStrings));
    const notes = readFileSync(join(repoRoot, "overlays", "NOTES.md"), "utf8");
    const section = notes.slice(notes.indexOf("## Unpinned sources"));
    for (const key of unpinned) expect(section, key).toContain(`\`${key}\``);
  });

  test("a pin names one kind; the spec's sources are pinned to their snapshot, GitHub files to a commit", () => {
    const counts = Object.fromEntries(pinKinds.map((k) => [k, sources.filter((s) => s.pin?.[k] !== undefined).length]));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(sources.length - unpinned.length);
    for (const source of sources.filter((s) => s.key === "SPEC" || s.key.startsWith("SPEC@"))) {
      expect(source.pin?.snapshot, source.key).toBe(source.date);
    }
    for (const source of sources.filter((s) => /github\.com\/[^/]+\/[^/]+\/(blob|commit)\/[0-9a-f]{7,40}/.test(s.url))) {
      expect(source.url, source.key).toContain(source.pin?.commit ?? "no commit pin");
    }
  });

  test("two sources share a URL only when each says which version it means (the spec's snapshots)", () => {
    const byUrl = new Map<string, OverlaySource[]>();
    for (const s of sources) byUrl.set(s.url, [...(byUrl.get(s.url) ?? []), s]);
    for (const [url, same] of byUrl) {
      if (same.length < 2) continue;
      const versions = same.map((s) => s.pin?.snapshot ?? s.pin?.commit ?? s.pin?.archived ?? s.pin?.posted);
      expect(new Set(versions).size, url).toBe(same.length);
    }
  });
});
