import type { CapabilityModel } from "../capabilities/capability-model.js";
import type { Diagnostics } from "../diagnostics/diagnostic.js";
import { hasPerModelBuilders } from "../spec/endpoints.js";
import type { JsonValue } from "../spec/spec-types.js";
import { generatorVersion, readCompiledTemplate } from "../write/assets.js";
import { generatedHeader, lineComments } from "../write/header.js";
import type { OutputFile } from "../write/write-output.js";
import { emitEndpoint, endpointNames } from "./emit-endpoint.js";
import { emitRuntimeApi, emitRuntimeTable, tableModule } from "./emit-runtime.js";
import { collectReachableSchemas, emitSchemaTypes } from "./emit-schema-types.js";
import { builderName, reportNameCollisions, schemaTypeName } from "./names.js";
import { createParamTypes } from "./param-types.js";
import { identifiersIn, printModule } from "./print.js";
import { refSchemaName } from "./schema-to-type.js";
import type { ImportDeclaration, Statement } from "./structures.js";

export type { OutputFile };

/** All output files, in memory: index.ts, brand.gen.d.ts/.js, schemas.gen.d.ts and one module per covered endpoint. */
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
  // Types go to declaration files (`.d.ts`), builders to a small `.ts` module beside them: a consumer's tsc then
  // checks only the builders, and with skipLibCheck resolves just the types it uses (as with the SDK's own .d.ts).
  const endpointFiles = model.endpoints.flatMap((endpoint) => {
    const types = createParamTypes({ document });
    const statements = emitEndpoint({ endpoint, types, perModelBuilders: hasPerModelBuilders(endpoint.spec.key) });
    const declarations = statements.filter((s) => s.kind !== "function");
    const builders = statements.filter((s) => s.kind === "function");
    const base = endpoint.spec.key.replaceAll(".", "-");
    const typesModule = `./${base}.types.gen.js`;
    const declarationText = printModule({ header: [], statements: declarations });
    const builderText = printModule({ header: [], statements: builders });
    const declarationIds = identifiersIn(declarationText);
    const builderIds = identifiersIn(builderText);
    const typeImports = [
      typeImport("./brand.gen.js", used(declarationIds, brandTypes)),
      typeImport("./schemas.gen.js", used(declarationIds, [...new Set([...types.used(), ...rolesInUse(endpoint)])])),
    ];
    const typesFile = {
      path: `${base}.types.gen.d.ts`,
      contents: printModule({ header, statements: [...typeImports, ...declarations].filter(nonEmptyImport) }),
    };
    const declared = declarations.flatMap((d) => ("name" in d && typeof d.name === "string" ? [d.name] : []));
    const builderImports: ImportDeclaration[] = [
      {
        kind: "import",
        moduleSpecifier: "./brand.gen.js",
        namedImports: [...used(builderIds, brandTypes).map((name) => ({ name, isTypeOnly: true })), ...used(builderIds, ["withModel"])],
      },
      typeImport(typesModule, used(builderIds, declared)),
    ];
    // Builders as a declaration file and a plain JavaScript module: nothing for a consumer's tsc to check.
    const builderStatements = [...builderImports, ...builders].filter(nonEmptyImport);
    const builderDeclarations = { path: `${base}.gen.d.ts`, contents: printModule({ header, statements: builderStatements, mode: "dts" }) };
    const builderModule = { path: `${base}.gen.js`, contents: printModule({ header, statements: builderStatements, mode: "js" }) };
    return [typesFile, builderDeclarations, builderModule];
  });
  // The runtime tables and validateRequest/adaptRequest, also as a declaration file and a JavaScript module each.
  const declarationAndModule = (base: string, statements: Statement[]): OutputFile[] => [
    { path: `${base}.d.ts`, contents: printModule({ header, statements, mode: "dts" }) },
    { path: `${base}.js`, contents: printModule({ header, statements, mode: "js" }) },
  ];
  const tableFiles = model.endpoints.flatMap((endpoint) => declarationAndModule(tableModule(endpoint), emitRuntimeTable(endpoint)));
  const exported = (file: OutputFile): Statement => {
    const specifier = `./${file.path.replace(/(\.d)?\.ts$/, ".js")}`;
    return {
      kind: "exportAll",
      moduleSpecifier: specifier,
      ...(file.path.endsWith(".types.gen.d.ts") || file.path === "schemas.gen.d.ts" ? { isTypeOnly: true } : {}),
    };
  };
  // No schema reached (every parameter inline): no schemas.gen.d.ts, whose empty text would be no module (TS2306).
  const schemaStatements = emitSchemaTypes({ document, names: schemaNames });
  const schemasFile =
    schemaStatements.length > 0 ? [{ path: "schemas.gen.d.ts", contents: printModule({ header, statements: schemaStatements }) }] : [];
  const indexed = [
    { path: "brand.gen.d.ts", contents: "" },
    ...schemasFile,
    ...endpointFiles.filter((f) => !f.path.endsWith(".js")),
    { path: "runtime.gen.d.ts", contents: "" },
    { path: "validate.gen.d.ts", contents: "" },
  ];
  // The hand-written helpers, compiled by our build: a declaration file and a JavaScript module each.
  const templateFiles = ["brand", "runtime"].flatMap((name) => {
    const compiled = readCompiledTemplate(name);
    const withHeader = (text: string): string => `${lineComments(header).join("\n")}\n\n${text}`;
    return [
      { path: `${name}.gen.d.ts`, contents: withHeader(compiled.dts) },
      { path: `${name}.gen.js`, contents: withHeader(compiled.js) },
    ];
  });
  return [
    ...templateFiles,
    ...schemasFile,
    ...endpointFiles,
    ...tableFiles,
    ...declarationAndModule("validate.gen", emitRuntimeApi(model.endpoints)),
    { path: "index.ts", contents: printModule({ header, statements: indexed.map(exported) }) },
  ];
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
