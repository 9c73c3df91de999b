import { configKeys } from "./load-config.js";

const kinds = {
  path: { type: "string", minLength: 1 },
  paths: { type: "array", items: { type: "string", minLength: 1 } },
  boolean: { type: "boolean" },
  names: { type: "object", additionalProperties: { type: "string", minLength: 1 } },
} as const;

/**
 * The config file's JSON Schema (overlays/config.schema.json, for editors), made from the same table the loader
 * reads, so the two cannot drift: a test compares the committed file with this.
 */
export function configSchema(): object {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: 'modelgate config (modelgate.config.json / .yaml, or package.json\'s "modelgate" key)',
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(configKeys).map(([key, { kind, help }]) => [key, { ...kinds[kind], description: help }])),
  };
}
