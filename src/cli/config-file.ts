import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ModelgateConfig, parseConfig } from "../config/load-config.js";
import { Diagnostics, throwIfErrors, UserError } from "../diagnostics/diagnostic.js";

/** Where modelgate looks for its config in a folder, in this order; the first that exists is read. */
const configFiles = ["modelgate.config.json", "modelgate.config.yaml", "modelgate.config.yml"] as const;

/**
 * The config for a run: the file `--config` names, else the first of `configFiles` in `cwd`, else package.json's
 * `"modelgate"` key; undefined when there is none. A broken config is a located UserError.
 */
export function findConfig(options: { cwd: string; explicit?: string }): ModelgateConfig | undefined {
  const diagnostics = new Diagnostics();
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
  };
  if (options.explicit !== undefined) {
    const text = read(options.explicit);
    if (text === undefined)
      throw new UserError([{ code: "MG_CONFIG", severity: "error", message: `cannot read the config "${options.explicit}"` }]);
    return parsed(parseConfig({ file: options.explicit, text, diagnostics }), diagnostics);
  }
  for (const name of configFiles) {
    const file = join(options.cwd, name);
    const text = read(file);
    if (text !== undefined) return parsed(parseConfig({ file, text, diagnostics }), diagnostics);
  }
  const pkg = join(options.cwd, "package.json");
  const text = read(pkg);
  return text === undefined ? undefined : parsed(parseConfig({ file: pkg, text, key: "modelgate", diagnostics }), diagnostics);
}

function parsed(config: ModelgateConfig | undefined, diagnostics: Diagnostics): ModelgateConfig | undefined {
  throwIfErrors(diagnostics);
  return config;
}
