import type { ModelgateConfig } from "../config/load-config.js";
import type { InputFile, OverlayInputs } from "../index.js";
import { defaultCacheDir, resolveDefaultSpec } from "../input/fetch-spec.js";
import { readInput } from "../input/read-input.js";
import { findConfig } from "./config-file.js";

/** The flags every command that reads a spec and overlays shares. */
export interface InputFlags {
  spec?: string;
  /** Repeatable: layers over the built-in overlay, in order. */
  overlay: string[];
  /** `--no-default-overlay` sets it to false. */
  defaultOverlay: boolean;
  config?: string;
}

export interface Inputs {
  config: ModelgateConfig | undefined;
  overlays: OverlayInputs;
  /** Deployment names (config `deployments`) → model ids. */
  aliases: Record<string, string>;
  /** The spec: `--spec`, else the config's, else the pinned published spec (downloaded once, cached). */
  spec(): Promise<InputFile>;
}

/** Flags over the config file (`--config`, else the one found in the working folder) over the defaults. */
export function resolveInputs(flags: InputFlags, cwd = process.cwd()): Inputs {
  const config = findConfig({ cwd, ...(flags.config !== undefined && { explicit: flags.config }) });
  const layers = flags.overlay.length > 0 ? flags.overlay : (config?.overlays ?? []);
  const defaultOverlay = flags.defaultOverlay === false ? false : (config?.defaultOverlay ?? true);
  const overlays: OverlayInputs = {
    ...(layers.length > 0 && { overlays: layers.map((file) => readInput(file, "MG_OVERLAY_UNREADABLE")) }),
    ...(!defaultOverlay && { defaultOverlay: false }),
  };
  const specFile = flags.spec ?? config?.spec;
  return {
    config,
    overlays,
    aliases: config?.deployments ?? {},
    spec: () =>
      specFile !== undefined
        ? Promise.resolve(readInput(specFile, "MG_SPEC_UNREADABLE"))
        : resolveDefaultSpec({ cacheDir: defaultCacheDir({ cwd, env: process.env }) }),
  };
}
