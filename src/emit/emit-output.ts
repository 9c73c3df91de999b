import type { CapabilityModel } from "../capabilities/capability-model.js";
import type { Diagnostics } from "../diagnostics/diagnostic.js";
import { hasPerModelBuilders } from "../spec/endpoints.js";
import type { JsonValue, RequestParam } from "../spec/spec-types.js";
import { emitEndpoint, endpointNames } from "./emit-endpoint.js";
import { emitRuntimeApi, emitRuntimeTable, tableModule } from "./emit-runtime.js";
import { collectReachableSchemas, emitSchemaTypes } from "./emit-schema-types.js";
import { generatedHeader, type OutputFile } from "./header.js";
import { builderName, reportNameCollisions, schemaTypeName } from "./names.js";
import { codeModuleFiles, entryFiles, linkModules, type OutputFormat, templateModuleFiles, typeModuleFile } from "./output-format.js";
import { paramDocs } from "./param-docs.js";
import { createParamTypes } from "./param-types.js";
import { identifiersIn, printModule } from "./print.js";
import { refSchemaName } from "./schema-to-type.js";
import type { ImportDeclaration, Statement } from "./structures.js";

export type { OutputFile };

/** A hand-written part of the output: its source and what our build compiled from it. */
export interface Template {
  ts: string;
  js: string;
  dts: string;
}

/**
 * All output files, in memory: the entry, the helpers, schemas.gen.d.ts and per covered endpoint its types, builders
 * and runtime table. `format` says how modules with code are written (see output-format.ts; default "ts").
 */
export function emitOutput(options: {
  model: CapabilityModel;
  diagnostics: Diagnostics;
  /** The hand-written helpers (templates/<name>.ts): source and compiled; input/assets.ts reads them, emit reads no file. */
  templates: Record<"brand" | "runtime", Template>;
  generatorVersion: string;
  format?: OutputFormat;
  /** The spec's description of each parameter as its doc comment (default true). */
  docs?: boolean;
}): OutputFile[] {
  const { model, diagnostics, templates, format = "ts", docs = true } = options;
  checkNames(model, diagnostics);
  const header = generatedHeader({
    generatorVersion: options.generatorVersion,
    specName: model.spec.file,
    specSha256: model.spec.sha256,
    overlayName: model.overlay.file,
    overlaySha256: model.overlay.sha256,
  });
  const document = model.spec.document;
  const roleSchemas = (e: CapabilityModel["endpoints"][number]): string[] => (e.spec.messageRoles ?? []).map((r) => r.schema);
  const roots = [...new Set(model.endpoints.flatMap((e) => [...e.spec.params.flatMap((p) => refsIn(p.schema)), ...roleSchemas(e)]))];
  const schemaNames = collectReachableSchemas({ document, roots });
  // Types go to declaration files (`.d.ts`); builders, tables and the runtime to modules with code that a consumer's
  // compiler does not check (see output-format.ts): with skipLibCheck it resolves just the types used, as with the SDK.
  const endpointFiles = model.endpoints.flatMap((endpoint) => {
    const types = createParamTypes({ document });
    const docsOf = docs ? (param: RequestParam) => paramDocs({ schema: param.schema, document }) : undefined;
    const statements = emitEndpoint({ endpoint, types, perModelBuilders: hasPerModelBuilders(endpoint.spec.key), docsOf });
    const declarations = statements.filter((s) => s.kind !== "function");
    const builders = statements.filter((s) => s.kind === "function");
    const base = endpoint.spec.key.replaceAll(".", "-");
    const typesModule = `./${base}.types.gen.js`;
    const declarationIds = identifiersIn(printModule({ header: [], statements: declarations }));
    const builderIds = identifiersIn(printModule({ header: [], statements: builders }));
    const typeImports = [
      typeImport("./brand.gen.js", used(declarationIds, brandTypes)),
      typeImport("./schemas.gen.js", used(declarationIds, [...new Set([...types.used(), ...rolesInUse(endpoint)])])),
    ];
    const typesFile = typeModuleFile({
      base: `${base}.types.gen`,
      header,
      statements: [...typeImports, ...declarations].filter(nonEmptyImport),
    });
    const declared = declarations.flatMap((d) => ("name" in d && typeof d.name === "string" ? [d.name] : []));
    const builderImports: ImportDeclaration[] = [
      {
        kind: "import",
        moduleSpecifier: "./brand.gen.js",
        namedImports: [...used(builderIds, brandTypes).map((name) => ({ name, isTypeOnly: true })), ...used(builderIds, ["withModel"])],
      },
      typeImport(typesModule, used(builderIds, declared)),
    ];
    const builderStatements = [...builderImports, ...builders].filter(nonEmptyImport);
    return [typesFile, ...codeModuleFiles({ base: `${base}.gen`, header, statements: builderStatements, format })];
  });
  const tableFiles = model.endpoints.flatMap((endpoint) =>
    codeModuleFiles({ base: tableModule(endpoint), header, statements: emitRuntimeTable(endpoint), format }),
  );
  const exported = (base: string, isTypeOnly: boolean): Statement => ({
    kind: "exportAll",
    moduleSpecifier: `./${base}.js`,
    ...(isTypeOnly ? { isTypeOnly: true } : {}),
  });
  // No schema reached (every parameter inline): no schemas.gen.d.ts, whose empty text would be no module (TS2306).
  const schemaStatements = emitSchemaTypes({ document, names: schemaNames });
  const schemasFile = schemaStatements.length > 0 ? [typeModuleFile({ base: "schemas.gen", header, statements: schemaStatements })] : [];
  const endpointBases = model.endpoints.flatMap((e) => {
    const base = e.spec.key.replaceAll(".", "-");
    return [exported(`${base}.types.gen`, true), exported(`${base}.gen`, false)];
  });
  const entry = [
    exported("brand.gen", false),
    ...(schemasFile.length > 0 ? [exported("schemas.gen", true)] : []),
    ...endpointBases,
    exported("runtime.gen", false),
    exported("validate.gen", false),
  ];
  // The hand-written helpers (templates/): their source, or what our build compiled from it.
  const templateFiles = (["brand", "runtime"] as const).flatMap((name) =>
    templateModuleFiles({ base: `${name}.gen`, header, format, template: templates[name] }),
  );
  const files = [
    ...templateFiles,
    ...schemasFile,
    ...endpointFiles,
    ...tableFiles,
    ...codeModuleFiles({ base: "validate.gen", header, statements: emitRuntimeApi(model.endpoints), format }),
    ...entryFiles({ header, statements: entry, format }),
  ];
  return linkModules(files, format);
}

const nonEmptyImport = (statement: Statement): boolean => statement.kind !== "import" || statement.namedImports.length > 0;

const brandTypes = ["StreamFlag", "UnknownModel", "Unsupported"];

/** The candidate names that the printed code mentions (so a module imports nothing it does not use). */
function used(mentioned: ReadonlySet<string>, candidates: string[]): string[] {
  return candidates.filter((name) => mentioned.has(name));
}

/** Message schemas that profiles with role rules refer to by name. */
function rolesInUse(endpoint: CapabilityModel["endpoints"][number]): string[] {
  if (!endpoint.profiles.some((p) => Object.keys(p.roles).length > 0)) return [];
  return (endpoint.spec.messageRoles ?? []).map((r) => schemaTypeName(r.schema));
}

function typeImport(moduleSpecifier: string, names: string[]): ImportDeclaration {
  const namedImports = [...names].sort();
  return { kind: "import", isTypeOnly: true, moduleSpecifier, namedImports };
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
      reportNameCollisions({ names: new Map(endpoint.models.map((m) => [m.id, builderName(m.id)])), kind: "builder", diagnostics });
    }
    reportNameCollisions({ names: new Map(endpoint.profiles.map((p) => [p.name, names.profile.params(p)])), kind: "profile", diagnostics });
  }
}
