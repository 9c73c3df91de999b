import type { CapabilityModel } from "../capabilities/capability-model.js";
import type { Diagnostics } from "../diagnostics/diagnostic.js";
import { hasPerModelBuilders } from "../spec/endpoints.js";
import type { JsonValue } from "../spec/spec-types.js";
import { generatorVersion, readTemplate } from "../write/assets.js";
import { generatedHeader } from "../write/header.js";
import type { OutputFile } from "../write/write-output.js";
import { emitEndpoint, endpointNames } from "./emit-endpoint.js";
import { emitRuntimeApi, emitRuntimeTable, tableModule } from "./emit-runtime.js";
import { collectReachableSchemas, emitSchemaTypes } from "./emit-schema-types.js";
import { builderName, reportNameCollisions, schemaTypeName } from "./names.js";
import { createParamTypes } from "./param-types.js";
import { printModule } from "./print.js";
import { refSchemaName } from "./schema-to-type.js";
import type { ImportDeclaration, Statement } from "./structures.js";

export type { OutputFile };

/** All output files, in memory: index.ts, brand.gen.ts, schemas.gen.ts and one module per covered endpoint. */
export function emitOutput(options: { model: CapabilityModel; diagnostics: Diagnostics }): OutputFile[] {
  const { model, diagnostics } = options;
  checkNames(model, diagnostics);
  const header = generatedHeader({
    generatorVersion: generatorVersion(),
    specName: model.spec.file,
    specSha256: model.spec.sha256,
    overlayName: model.overlay.file,
    overlaySha256: model.overlay.sha256,
  });
  const document = model.spec.document;
  const roleSchemas = (e: CapabilityModel["endpoints"][number]): string[] => (e.spec.messageRoles ?? []).map((r) => r.schema);
  const roots = [...new Set(model.endpoints.flatMap((e) => [...e.spec.params.flatMap((p) => refsIn(p.schema)), ...roleSchemas(e)]))];
  const schemaNames = collectReachableSchemas({ document, roots });
  const endpointFiles = model.endpoints.map((endpoint) => {
    const types = createParamTypes({ document });
    const statements = emitEndpoint({ endpoint, types, perModelBuilders: hasPerModelBuilders(endpoint.spec.key) });
    const imports = [
      brandImport(hasPerModelBuilders(endpoint.spec.key)),
      typeImport("./schemas.gen.js", [...new Set([...types.used(), ...rolesInUse(endpoint)])]),
    ].filter((i) => i.namedImports.length > 0);
    const path = `${endpoint.spec.key.replaceAll(".", "-")}.gen.ts`;
    return { path, contents: printModule({ header, statements: [...imports, ...statements] }) };
  });
  const tableFiles = model.endpoints.map((endpoint) => ({
    path: `${tableModule(endpoint)}.ts`,
    contents: printModule({ header, statements: emitRuntimeTable(endpoint) }),
  }));
  const modules = [
    "./brand.gen.js",
    "./schemas.gen.js",
    ...endpointFiles.map((f) => `./${f.path.replace(/\.ts$/, ".js")}`),
    "./runtime.gen.js",
    "./validate.gen.js",
  ];
  const template = (name: string): string => `${header.map((l) => `// ${l}\n`).join("")}\n${readTemplate(name)}`;
  return [
    { path: "brand.gen.ts", contents: template("brand.ts") },
    { path: "runtime.gen.ts", contents: template("runtime.ts") },
    { path: "schemas.gen.ts", contents: printModule({ header, statements: emitSchemaTypes({ document, names: schemaNames }) }) },
    ...endpointFiles,
    ...tableFiles,
    { path: "validate.gen.ts", contents: printModule({ header, statements: emitRuntimeApi(model.endpoints) }) },
    { path: "index.ts", contents: printModule({ header, statements: modules.map(exportAll) }) },
  ];
}

/** Message schemas that profiles with role rules refer to by name. */
function rolesInUse(endpoint: CapabilityModel["endpoints"][number]): string[] {
  if (!endpoint.profiles.some((p) => Object.keys(p.roles).length > 0)) return [];
  return (endpoint.spec.messageRoles ?? []).map((r) => schemaTypeName(r.schema));
}

/** Helper types from brand.gen.ts, and `withModel` (a value) where the module has per-model builders. */
function brandImport(withBuilders: boolean): ImportDeclaration {
  const types = ["StreamFlag", "UnknownModel", "Unsupported"].map((name) => ({ name, isTypeOnly: true }));
  if (!withBuilders)
    return typeImport(
      "./brand.gen.js",
      types.map((t) => t.name),
    );
  return { kind: "import", isTypeOnly: false, moduleSpecifier: "./brand.gen.js", namedImports: [...types, "withModel"] };
}

function typeImport(moduleSpecifier: string, names: string[]): ImportDeclaration {
  const namedImports = [...names].sort();
  return { kind: "import", isTypeOnly: true, moduleSpecifier, namedImports };
}

function exportAll(moduleSpecifier: string): Statement {
  return { kind: "exportAll", moduleSpecifier };
}

/** Names of components.schemas that a schema refers to directly. */
function refsIn(value: JsonValue): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== "object") return [];
  const ref = value.$ref;
  const name = typeof ref === "string" ? refSchemaName(ref) : undefined;
  const own = name === undefined ? [] : [name];
  return [...own, ...Object.values(value).flatMap(refsIn)];
}

function checkNames(model: CapabilityModel, diagnostics: Diagnostics): void {
  for (const endpoint of model.endpoints) {
    const names = endpointNames(endpoint);
    if (hasPerModelBuilders(endpoint.spec.key)) {
      reportNameCollisions({ names: new Map(endpoint.models.map((m) => [m.id, builderName(m.id)])), diagnostics });
    }
    reportNameCollisions({ names: new Map(endpoint.profiles.map((p) => [p.name, names.profile.params(p)])), diagnostics });
  }
}
