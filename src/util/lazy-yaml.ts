import { createRequire } from "node:module";

/**
 * The `yaml` package, loaded on first use. It keeps the source position of every node, which only diagnostics need;
 * values are parsed with js-yaml. Loading it lazily keeps its start-up cost out of a run that reports nothing.
 */
type YamlPackage = typeof import("yaml");

let loaded: YamlPackage | undefined;

export function yamlPackage(): YamlPackage {
  loaded ??= createRequire(import.meta.url)("yaml") as YamlPackage;
  return loaded;
}
