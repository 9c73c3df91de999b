/**
 * The catalog of every user-facing diagnostic. A code without a title and a fix does not compile.
 */
export const codes = {
  MG_SPEC_UNREADABLE: { title: "the spec file cannot be read", fix: "check the path given to --spec" },
  MG_SPEC_PARSE: { title: "the spec is not valid YAML or JSON", fix: "fix the syntax at the given line, or download the spec again" },
  MG_SPEC_NOT_OPENAPI: {
    title: "the file is not an OpenAPI 3.x document",
    fix: "pass OpenAI's openapi.yaml (it starts with `openapi: 3.x`)",
  },
  MG_SPEC_BAD_REF: { title: "a $ref points nowhere", fix: "only local refs (#/components/...) are supported; check the spec" },
  MG_SPEC_MISSING_ENDPOINT: { title: "the spec has no such operation", fix: "this endpoint is skipped; use a newer spec to cover it" },
  MG_SPEC_NO_MODEL_ENUM: {
    title: "the request schema's `model` lists no model ids",
    fix: "every model id is treated as unknown on this endpoint",
  },
  MG_SPEC_FETCH: { title: "the published spec could not be downloaded", fix: "download it yourself and pass --spec <file>" },
  MG_SPEC_HASH: { title: "the downloaded spec does not match the pinned sha256", fix: "pass --spec <file> with the spec you trust" },
  MG_SPEC_ALIAS_EXPANSION: {
    title: "the spec's YAML aliases expand it beyond modelgate's limit (100,000 added objects and arrays)",
    fix: "declare the repeated schema once under components.schemas and `$ref` it instead of aliasing it",
  },
  MG_SPEC_NO_ENDPOINTS: {
    title: "the spec defines none of the endpoints the overlay covers",
    fix: "pass OpenAI's spec, or an overlay that covers an endpoint the spec has (see the endpoint table in README.md)",
  },
  MG_SPEC_REQUEST_REF: {
    title: "a request refers to an endpoint's request schema, whose name the generated union takes",
    fix: "modelgate cannot express this spec; refer to a separate schema in the spec instead",
  },
  MG_SPEC_REF_CYCLE: {
    title: "a schema is made only of itself through allOf/anyOf/oneOf $refs",
    fix: "give the loop a shape (an object or array) or remove the $ref that closes it",
  },
  MG_OVERLAY_UNREADABLE: { title: "the overlay file cannot be read", fix: "check the path given to --overlay" },
  MG_OVERLAY_PARSE: { title: "the overlay is not valid YAML", fix: "fix the syntax at the given line" },
  MG_OVERLAY_SHAPE: { title: "the overlay has a field of the wrong shape", fix: "see docs/overlay.md for the format" },
  MG_OVERLAY_UNKNOWN_MODEL: {
    title: "the overlay names a model id the spec does not have",
    fix: "fix the id, or set `missing-in-spec: skip` if the overlay is newer than the spec",
  },
  MG_OVERLAY_UNKNOWN_PARAM: {
    title: "the overlay names a request parameter the spec does not have",
    fix: "fix the name, or set `missing-in-spec: skip` if the overlay is newer than the spec",
  },
  MG_OVERLAY_UNKNOWN_ENDPOINT: {
    title: "the overlay names an endpoint key modelgate does not know",
    fix: "use one of the keys listed in docs/overlay.md",
  },
  MG_OVERLAY_WIDEN_TARGET: {
    title: "a `widen:` pointer names nothing in the spec, or a node its change does not fit",
    fix: "`add` needs a node with an `enum` list, `optional` an object schema with those properties, `member` a `oneOf`/`anyOf` union and `$ref`s to schemas the spec has; fix the pointer or remove the entry",
  },
  MG_OVERLAY_UNKNOWN_VALUE: {
    title: "a rule lists a value the spec does not allow for that parameter",
    fix: "use a value from the spec's enum",
  },
  MG_OVERLAY_UNKNOWN_ROLE: {
    title: "a role rule names a message role the spec does not have",
    fix: "use a role of the endpoint's message union",
  },
  MG_OVERLAY_NESTED_RULE: {
    title: "a nested parameter (`parent.child`) or item kind (`param[].prop`) has a rule kind it cannot take",
    fix: "nested parameters take reject, values, nullable and default; item kinds take values; see docs/overlay.md",
  },
  MG_OVERLAY_MOVED_PARAM: {
    title: "a `moved` rule names a key that is a parameter of the endpoint",
    fix: "`moved` is for keys the endpoint lacks (reasoning_effort on Responses); use `reject: true` with `rename`",
  },
  MG_OVERLAY_UNKNOWN_SOURCE: {
    title: "a rule cites a source key that `sources:` does not define",
    fix: "add the source under `sources:` or fix the key",
  },
  MG_OVERLAY_MISSING_SOURCE: { title: "a rule has no source", fix: "add `source: <KEY>` naming where the fact comes from" },
  MG_OVERLAY_MISSING_REASON: { title: "a rule has no reason", fix: "add `reason:` saying in our own words why the model rejects it" },
  MG_OVERLAY_UNKNOWN_PARENT: { title: "`extends` names no family or model of the overlay", fix: "fix the name or define the family" },
  MG_OVERLAY_CYCLE: { title: "`extends` forms a cycle", fix: "break the cycle" },
  MG_OVERLAY_SKIPPED: {
    title: "overlay names absent from this spec were skipped",
    fix: "expected with an older spec; with `missing-in-spec: error` this is an error",
  },
  MG_ALIAS_CHAIN: {
    title: "an alias points at another alias",
    fix: "point it at the model the other alias stands for: an alias names a model, never an alias",
  },
  MG_ALIAS_CYCLE: { title: "aliases point at each other in a cycle", fix: "point one of them at a model the overlay knows" },
  MG_ALIAS_UNKNOWN_TARGET: {
    title: "an alias points at a model neither the spec nor the overlay knows",
    fix: "name a model id of the spec, or add the model with `added:` in an overlay",
  },
  MG_ALIAS_SHADOWS: {
    title: "an alias has the name of a model the spec or the overlay defines",
    fix: "rename the alias (or the deployment), or remove it: the model already has its own rules",
  },
  MG_OVERLAY_ADDED_MODEL: {
    title: "a model id comes from the overlay, not from the spec",
    fix: "nothing to do; once the spec lists it, remove `added:` and the entry is an ordinary one",
  },
  MG_OVERLAY_ADDED_LISTED: {
    title: "the spec now lists a model the overlay adds",
    fix: "remove `added:` from the entry (or the endpoint from its list): the spec covers it now",
  },
  MG_OVERLAY_VALUE_TYPE: {
    title: "a rule lists a value of a type or range the parameter's schema does not accept",
    fix: "use values the spec's schema for the parameter accepts (its type, within its minimum and maximum)",
  },
  MG_COVERAGE_UNCLASSIFIED: {
    title: "a model id of the spec is not classified by the overlay",
    fix: "add it under `models:` with the family it belongs to",
  },
  MG_NAME_COLLISION: {
    title: "two model ids, overlay entries or schemas map to the same generated identifier",
    fix: "model ids: classify only one of them in the overlay (drop the other's `models:` entry or alias; a spec id left out goes through the generic builder, unclassified); families or model keys: rename one in the overlay; schemas: rename one in the spec",
  },
  MG_OUTPUT_FOREIGN_FILE: {
    title: "the output folder holds a file modelgate did not generate",
    fix: "move the file away or choose another --out; modelgate never overwrites files it did not write",
  },
  MG_OUTPUT_UNWRITABLE: { title: "the output folder cannot be written", fix: "check the path and its permissions" },
  MG_OUTPUT_STALE: {
    title: "the generated output on disk differs from what the inputs produce",
    fix: "run `modelgate generate` without --check and commit the result",
  },
  MG_OUTPUT_LOCKED: {
    title: "another modelgate run is writing the output folder",
    fix: "wait for it to finish and run again; a lock left by a run that no longer exists is taken over by itself",
  },
  MG_USAGE: { title: "the command line is not valid", fix: "see `modelgate --help`" },
  MG_LEARN_INPUT: {
    title: "the file given to `learn` is not an OpenAI error response or request",
    fix: 'pass the JSON body of the API\'s error answer (`{ "error": { "message": … } }`) and, with --request, the JSON request',
  },
  MG_VERIFY_INPUT: {
    title: "`verify` was not told what to probe, or named a model the overlay does not know",
    fix: "pass --models with ids the overlay classifies (see `modelgate explain <id>`), and --endpoints with endpoint keys",
  },
  MG_VERIFY_NO_KEY: {
    title: "`verify` has no API key",
    fix: "set OPENAI_API_KEY, or name the variable that holds the key with --api-key-env",
  },
  MG_VERIFY_AUTH: { title: "the API refused the key", fix: "check the key and that it may use the models probed" },
  MG_CONFIG: {
    title: 'the config file (modelgate.config.json / .yaml, or package.json\'s "modelgate" key) is not valid',
    fix: "fix the key or value at the given line; the keys are listed in the README's config section",
  },
} as const satisfies Record<string, { title: string; fix: string }>;

export type Code = keyof typeof codes;
