import type { CapabilityModel, EndpointCapabilities } from "../../src/capabilities/capability-model.js";
import { resolveCapabilities } from "../../src/capabilities/resolve-capabilities.js";
import { Diagnostics } from "../../src/diagnostics/diagnostic.js";
import type { Overlay } from "../../src/overlay/overlay-schema.js";
import type { EndpointKey } from "../../src/spec/endpoints.js";
import { briefs, parseOverlayText, smallChatSpec, validateAgainstSmallChat } from "../overlay/overlay-fixtures.js";

/** Validates and resolves an overlay against small-chat.yaml; throws when validation reports an error. */
export function resolveSmallChat(overlay: Overlay): { model: CapabilityModel; diagnostics: Diagnostics } {
  const validated = validateAgainstSmallChat(overlay);
  if (validated.diagnostics.hasErrors()) throw new Error(`invalid overlay: ${briefs(validated.diagnostics).join("; ")}`);
  const diagnostics = new Diagnostics();
  return { model: resolveCapabilities({ index: smallChatSpec(), overlay: validated.overlay, diagnostics }), diagnostics };
}

/** Parses overlay text that must parse cleanly, then resolves it against small-chat.yaml. */
export function resolveSmallChatText(text: string): { model: CapabilityModel; diagnostics: Diagnostics } {
  const { overlay, diagnostics } = parseOverlayText(text);
  if (!overlay || diagnostics.hasErrors()) throw new Error(`did not parse: ${briefs(diagnostics).join("; ")}`);
  return resolveSmallChat(overlay);
}

/** One endpoint's resolution without its spec (which the tests do not restate). */
export function endpointData(model: CapabilityModel, key: EndpointKey): Omit<EndpointCapabilities, "spec"> {
  const found = model.endpoints.find((e) => e.spec.key === key);
  if (!found) throw new Error(`no endpoint ${key} in the model`);
  const { spec: _spec, ...rest } = found;
  return rest;
}
