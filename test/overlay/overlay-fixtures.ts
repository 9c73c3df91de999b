import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CapabilityModel } from "../../src/capabilities/capability-model.js";
import { resolveCapabilities } from "../../src/capabilities/resolve-capabilities.js";
import { type Diagnostic, Diagnostics } from "../../src/diagnostics/diagnostic.js";
import { parseOverlay } from "../../src/overlay/load-overlay.js";
import type { Overlay } from "../../src/overlay/overlay-schema.js";
import { validateOverlay } from "../../src/overlay/validate-overlay.js";
import type { SpecIndex } from "../../src/spec/spec-types.js";
import { indexFixtureSpec } from "../support/spec-fixtures.js";

export const overlayFixturesDir = fileURLToPath(new URL("../fixtures/overlays/", import.meta.url));

/** Parses overlay text under a display name (default `overlay.yaml`). */
export function parseOverlayText(text: string, file = "overlay.yaml"): { overlay: Overlay | undefined; diagnostics: Diagnostics } {
  const diagnostics = new Diagnostics();
  return { overlay: parseOverlay({ file, bytes: Buffer.from(text, "utf8"), diagnostics }), diagnostics };
}

/** Parses `test/fixtures/overlays/<name>`, reported under the name alone; throws when it does not parse cleanly. */
export function parseOverlayFixture(name: string): Overlay {
  const { overlay, diagnostics } = parseOverlayText(readFileSync(`${overlayFixturesDir}${name}`, "utf8"), name);
  if (!overlay || diagnostics.items.length > 0) {
    throw new Error(`${name} did not parse cleanly: ${diagnostics.items.map(brief).join("; ")}`);
  }
  return overlay;
}

/** `small-chat.yaml` from test/fixtures/specs, indexed once per test file. */
let smallChat: SpecIndex | undefined;
export function smallChatSpec(): SpecIndex {
  smallChat ??= indexFixtureSpec("small-chat.yaml").index;
  return smallChat;
}

/** Validates an overlay against small-chat.yaml with a fresh collector. */
export function validateAgainstSmallChat(overlay: Overlay): { overlay: Overlay; diagnostics: Diagnostics } {
  const diagnostics = new Diagnostics();
  return { overlay: validateOverlay({ overlay, index: smallChatSpec(), diagnostics }), diagnostics };
}

/** `line:column severity CODE: message`, the file left out (every test names it once). */
export function brief(diagnostic: Diagnostic): string {
  const where = diagnostic.location ? `${diagnostic.location.line}:${diagnostic.location.column} ` : "";
  return `${where}${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}

/** Every diagnostic of the collector, briefly. */
export function briefs(diagnostics: Diagnostics): string[] {
  return diagnostics.items.map(brief);
}

/** Overlay text parsed, validated against `index` and resolved into the capability model; any error throws with its briefs. */
export function capabilitiesOf(text: string, index: SpecIndex): CapabilityModel {
  const parsed = parseOverlayText(text);
  if (!parsed.overlay || parsed.diagnostics.hasErrors()) throw new Error(briefs(parsed.diagnostics).join("; "));
  const diagnostics = new Diagnostics();
  const overlay = validateOverlay({ overlay: parsed.overlay, index, diagnostics });
  if (diagnostics.hasErrors()) throw new Error(briefs(diagnostics).join("; "));
  return resolveCapabilities({ index, overlay, diagnostics: new Diagnostics() });
}
