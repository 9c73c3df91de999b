/**
 * Declaration structures → module text. The only place that turns declarations into text: 2-space indent, `\n` line
 * ends, a final newline. Interfaces and functions get a blank line on each side; imports, re-exports, consts and type
 * aliases that follow each other are not separated. Names and types are printed as given.
 */

import { assertNever } from "../util/assert-never.js";
import { jsonText, visibleText } from "../util/visible-text.js";
import { lineComments } from "./header.js";
import type {
  ConstStatement,
  FunctionDeclaration,
  ImportDeclaration,
  InterfaceDeclaration,
  JsDoc,
  Parameter,
  PropertySignature,
  Statement,
  TypeAliasDeclaration,
  TypeParameter,
} from "./structures.js";
import { printType } from "./type-expr.js";

const indentUnit = "  ";

/** The text of a module: header comments, then the statements. */
/**
 * A module's text. `mode` "dts" prints functions as `declare` signatures (a declaration file); "js" prints plain
 * JavaScript: functions without types, and no type-only imports (the module's types are in its .d.ts).
 */
export function printModule({
  header,
  statements,
  mode = "ts",
}: {
  header: string[];
  statements: Statement[];
  mode?: "ts" | "dts" | "js";
}): string {
  const lines = lineComments(header);
  let previousIsBlock = false;
  const kept = mode === "js" ? statements.flatMap(jsOnly) : mode === "dts" ? dtsOnly(statements) : statements;
  for (const statement of kept) {
    const isBlock = statement.kind === "interface" || (statement.kind === "function" && mode !== "dts");
    if (lines.length > 0 && (isBlock || previousIsBlock)) lines.push("");
    if (statement.kind === "function" && mode === "dts") lines.push(...printFunctionSignature(statement));
    else if (statement.kind === "function" && mode === "js") lines.push(...printFunctionJs(statement));
    else if (statement.kind === "const" && mode === "dts") lines.push(printConstDeclaration(statement));
    else if (statement.kind === "const" && mode === "js") lines.push(printConst(statement, { types: false }));
    else lines.push(...printStatement(statement));
    previousIsBlock = isBlock;
  }
  return `${lines.join("\n")}\n`;
}

/** What a JavaScript module keeps of a statement: value imports, functions and consts. */
function jsOnly(statement: Statement): Statement[] {
  if (statement.kind === "import") {
    if (statement.isTypeOnly) return [];
    const values = statement.namedImports.filter((n) => typeof n === "string" || !n.isTypeOnly);
    return values.length > 0 ? [{ ...statement, namedImports: values }] : [];
  }
  return statement.kind === "function" || statement.kind === "const" ? [statement] : [];
}

/**
 * What a declaration file keeps: everything but module-private consts (their values live in the .js), and of the
 * imports only the names its declarations mention (a value a function body uses is the .js module's import).
 */
function dtsOnly(statements: Statement[]): Statement[] {
  const declarations = statements.filter((s) => s.kind !== "import" && !(s.kind === "const" && !s.isExported));
  const text = declarations
    .flatMap((s) =>
      s.kind === "function" ? printFunctionSignature(s) : s.kind === "const" ? [printConstDeclaration(s)] : printStatement(s),
    )
    .join("\n");
  const mentioned = identifiersIn(text);
  const imports = statements.flatMap((s): Statement[] => {
    if (s.kind !== "import") return [];
    const names = s.namedImports.filter((n) => mentioned.has(typeof n === "string" ? n : n.name));
    return names.length > 0 || s.namedImports.length === 0 ? [{ ...s, namedImports: names }] : [];
  });
  return [...imports, ...declarations];
}

function printStatement(statement: Statement): string[] {
  switch (statement.kind) {
    case "interface":
      return printInterface(statement);
    case "typeAlias":
      return printTypeAlias(statement);
    case "function":
      return printFunction(statement);
    case "import":
      return [printImport(statement)];
    case "exportAll":
      return [`export ${statement.isTypeOnly ? "type " : ""}* from ${quote(statement.moduleSpecifier)};`];
    case "const":
      return [printConst(statement)];
    default:
      return assertNever(statement);
  }
}

function printInterface(declaration: InterfaceDeclaration): string[] {
  const heritage = declaration.extends?.length ? ` extends ${declaration.extends.join(", ")}` : "";
  const members = [
    ...(declaration.indexSignatures ?? []).map((s) => [`[${s.keyName}: ${s.keyType}]: ${s.returnType};`]),
    ...(declaration.properties ?? []).map(printProperty),
  ].flat();
  const head = `${exported(declaration)}interface ${declaration.name}${heritage} {`;
  return [...printDocs(declaration.docs), ...block(head, members)];
}

function printProperty(property: PropertySignature): string[] {
  return [...printDocs(property.docs), `${property.name}${property.hasQuestionToken ? "?" : ""}: ${property.type};`];
}

/** `type Name = T;`, or for a union of the type model one member per line (`  | Member`), so a reader can scan it. */
function printTypeAlias(declaration: TypeAliasDeclaration): string[] {
  const typeParameters = printTypeParameters(declaration.typeParameters);
  const head = `${exported(declaration)}type ${declaration.name}${typeParameters} =`;
  const type = declaration.type;
  if (typeof type !== "string" && type.kind === "union") {
    const members = type.members.map((member) => `  | ${printType(member)}`);
    return [...printDocs(declaration.docs), head, ...members.slice(0, -1), `${members.at(-1)};`];
  }
  return [...printDocs(declaration.docs), `${head} ${typeof type === "string" ? type : printType(type)};`];
}

/** `export declare function name<T>(params: P): R;`, for a declaration file. */
function printFunctionSignature(declaration: FunctionDeclaration): string[] {
  const typeParameters = printTypeParameters(declaration.typeParameters);
  const parameters = declaration.parameters.map(printParameter).join(", ");
  const head = `${declaration.isExported ? "export " : ""}declare function ${declaration.name}${typeParameters}(${parameters}): ${declaration.returnType};`;
  return [...printDocs(declaration.docs), head];
}

/** The function as plain JavaScript: no type parameters, parameter types or return type. */
function printFunctionJs(declaration: FunctionDeclaration): string[] {
  const parameters = declaration.parameters.map((p) => p.name).join(", ");
  const head = `${exported(declaration)}function ${declaration.name}(${parameters}) {`;
  const body = (declaration.jsStatements ?? declaration.statements).flatMap((statement) => statement.split(/\r\n|\r|\n/));
  return [...printDocs(declaration.docs), ...block(head, body)];
}

function printFunction(declaration: FunctionDeclaration): string[] {
  const typeParameters = printTypeParameters(declaration.typeParameters);
  const parameters = declaration.parameters.map(printParameter).join(", ");
  const head = `${exported(declaration)}function ${declaration.name}${typeParameters}(${parameters}): ${declaration.returnType} {`;
  const body = declaration.statements.flatMap((statement) => statement.split(/\r\n|\r|\n/));
  return [...printDocs(declaration.docs), ...block(head, body)];
}

function printParameter(parameter: Parameter): string {
  return `${parameter.name}${parameter.hasQuestionToken ? "?" : ""}: ${parameter.type}`;
}

function printTypeParameters(typeParameters: TypeParameter[] | undefined): string {
  if (!typeParameters?.length) return "";
  const each = (p: TypeParameter): string => {
    const constraint = p.constraint === undefined ? "" : ` extends ${p.constraint}`;
    const fallback = p.default === undefined ? "" : ` = ${p.default}`;
    return `${p.isConst ? "const " : ""}${p.name}${constraint}${fallback}`;
  };
  return `<${typeParameters.map(each).join(", ")}>`;
}

function printImport(declaration: ImportDeclaration): string {
  const from = quote(declaration.moduleSpecifier);
  if (declaration.namedImports.length === 0) return `import ${from};`;
  const names = declaration.namedImports.map((named) =>
    typeof named === "string" ? named : `${named.isTypeOnly ? "type " : ""}${named.name}`,
  );
  return `import ${declaration.isTypeOnly ? "type " : ""}{ ${names.join(", ")} } from ${from};`;
}

function printConst(statement: ConstStatement, options = { types: true }): string {
  const typed = (d: ConstStatement["declarations"][number]): string => (options.types && d.type !== undefined ? `: ${d.type}` : "");
  const declarations = statement.declarations.map((d) => `${d.name}${typed(d)} = ${d.initializer}`);
  return `${exported(statement)}const ${declarations.join(", ")};`;
}

/** `export declare const name: Type;`, for a declaration file: an exported const needs its type. */
function printConstDeclaration(statement: ConstStatement): string {
  const declarations = statement.declarations.map((d) => {
    if (d.type === undefined) throw new Error(`bug: exported const ${d.name} has no type for its declaration`);
    return `${d.name}: ${d.type}`;
  });
  return `${exported(statement)}declare const ${declarations.join(", ")};`;
}

/** The identifiers that printed code mentions (so a module imports nothing it does not use). */
export function identifiersIn(text: string): ReadonlySet<string> {
  return new Set(text.match(/[A-Za-z_$][\w$]*/g));
}

/** `head`, the lines one level in, `}`; `head}` when there are no lines. */
function block(head: string, lines: string[]): string[] {
  if (lines.length === 0) return [`${head}}`];
  return [head, ...lines.map((line) => (line === "" ? "" : `${indentUnit}${line}`)), "}"];
}

/** One `/** … *\/` comment per doc: on one line when it has one line of text, else one ` * ` line per text line. */
function printDocs(docs: JsDoc[] | undefined): string[] {
  return (docs ?? []).flatMap((doc) => {
    const text =
      typeof doc === "string" ? doc : doc.tags.map((tag) => `@${tag.tagName}${tag.text === undefined ? "" : ` ${tag.text}`}`).join("\n");
    const lines = text
      .replaceAll("*/", "*\\/")
      .split(/\r\n|[\r\n\u2028\u2029]/)
      .map(visibleText);
    if (lines.length === 1) return [`/** ${lines[0]} */`];
    return ["/**", ...lines.map((line) => (line === "" ? " *" : ` * ${line}`)), " */"];
  });
}

function exported(declaration: { isExported?: boolean }): string {
  return declaration.isExported ? "export " : "";
}

function quote(moduleSpecifier: string): string {
  return jsonText(moduleSpecifier);
}
