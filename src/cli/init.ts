import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { UserError } from "../diagnostics/diagnostic.js";
import { writeFileAtomic } from "../write/atomic-file.js";

/** The files `modelgate init` writes, relative to the folder it runs in. */
export const initFiles = { config: "modelgate.config.yaml", overlay: join("overlays", "modelgate.yaml") } as const;

const schemaBase = "./node_modules/modelgate/overlays";

const configText = `# yaml-language-server: $schema=${schemaBase}/config.schema.json
# modelgate's config: \`npx modelgate generate\` reads it; flags override it. Paths are relative to this file.
# Keys: spec, out, overlays, defaultOverlay, strict, deployments (see the README's "Config file" section).

# OpenAI's spec (openapi.yaml or .json). Leave it out to use the pinned published spec (downloaded once, cached).
# spec: openapi/openapi.yaml

# Where the generated TypeScript goes.
out: src/openai-types

# Your overlay layers, over modelgate's built-in overlay (later wins, per rule).
overlays:
  - ${initFiles.overlay}

# Model ids the overlay does not classify are errors, not warnings.
strict: false

# Names your requests send that stand for a known model: Azure deployments, a proxy's names.
# deployments:
#   my-o3-deployment: o3
`;

const overlayText = `# yaml-language-server: $schema=../node_modules/modelgate/overlays/overlay.schema.json
# Your overlay layer: rules here change single rules of modelgate's built-in overlay (docs/customising.md).
overlay: 1

# Every rule cites a source: where the fact comes from.
sources: {}
#  OURS-1: { title: "our 400 from the API, 2026-12-01", url: "https://example.com/incident/1", date: 2026-12-01 }

# Rules per model (or family), per endpoint. A model the built-in overlay knows needs no \`extends\` here.
models: {}
#  gpt-4o:
#    chat.completions:
#      params:
#        seed: { reject: true, reason: "our gateway refuses seeds", source: OURS-1 }
#  o3:
#    chat.completions:
#      params:
#        # The escape hatch: accept what the built-in overlay refuses (a false refusal), with your reason.
#        logprobs: { accept: true, reason: "accepted since our last probe", source: OURS-1 }
#  o9-preview:
#    # A model the API serves before the spec lists it: o3's rules, on these endpoints.
#    extends: o3
#    added: { endpoints: [chat.completions], reason: "served before the spec lists it", source: OURS-1 }

# Names your requests send (a proxy's model names) → the model whose rules they get. No alias of an alias.
# aliases: { my-o3-deployment: o3 }
`;

/** Writes a starter config and an empty user overlay into `cwd`; refuses to replace a file that exists. */
export function initProject(cwd: string): string[] {
  const files: [string, string][] = [
    [initFiles.config, configText],
    [initFiles.overlay, overlayText],
  ];
  const existing = files.filter(([name]) => existsSync(join(cwd, name)));
  if (existing.length > 0)
    throw new UserError(
      existing.map(([name]) => ({
        code: "MG_OUTPUT_FOREIGN_FILE" as const,
        severity: "error" as const,
        message: `${name} exists: modelgate init writes only new files`,
        location: { file: join(cwd, name), line: 1, column: 1 },
      })),
    );
  for (const [name, text] of files) {
    mkdirSync(dirname(join(cwd, name)), { recursive: true });
    writeFileAtomic(join(cwd, name), Buffer.from(text, "utf8"));
  }
  return files.map(([name]) => name);
}
