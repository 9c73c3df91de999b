/**
 * The declarations the emitters build, as plain data; `print.ts` is the only place that turns them into text.
 * Names and type expressions are TypeScript source text, used as given (property names already quoted where needed).
 */
import type { TypeExpr } from "./type-expr.js";

/** A JSDoc tag such as `@deprecated <text>`. */
export interface JsDocTag {
  tagName: string;
  text?: string;
}

/** A JSDoc comment: plain text (may span lines), or tags only. */
export type JsDoc = string | { tags: JsDocTag[] };

export interface PropertySignature {
  name: string;
  type: string;
  hasQuestionToken?: boolean;
  docs?: JsDoc[];
}

/** `[keyName: keyType]: returnType` */
export interface IndexSignature {
  keyName: string;
  keyType: string;
  returnType: string;
}

/** `<const name extends constraint = default>` */
export interface TypeParameter {
  name: string;
  constraint?: string;
  default?: string;
  isConst?: boolean;
}

export interface Parameter {
  name: string;
  type: string;
  hasQuestionToken?: boolean;
}

export interface InterfaceDeclaration {
  kind: "interface";
  name: string;
  isExported?: boolean;
  docs?: JsDoc[];
  extends?: string[];
  /** Printed before the properties. */
  indexSignatures?: IndexSignature[];
  properties?: PropertySignature[];
}

export interface TypeAliasDeclaration {
  kind: "typeAlias";
  name: string;
  isExported?: boolean;
  docs?: JsDoc[];
  typeParameters?: TypeParameter[];
  /** Text, or a type of the type model (a union of it prints one member per line). */
  type: string | TypeExpr;
}

export interface FunctionDeclaration {
  kind: "function";
  name: string;
  isExported?: boolean;
  docs?: JsDoc[];
  typeParameters?: TypeParameter[];
  parameters: Parameter[];
  returnType: string;
  /** Body statements, one per entry; every line of an entry is indented one level. */
  statements: string[];
  /** The body as plain JavaScript, where it differs from `statements` (no casts), for a .js module. */
  jsStatements?: string[];
}

/** `{ name }` or `{ type name }` inside an import. */
export interface NamedImport {
  name: string;
  isTypeOnly?: boolean;
}

export interface ImportDeclaration {
  kind: "import";
  moduleSpecifier: string;
  isTypeOnly?: boolean;
  namedImports: (string | NamedImport)[];
}

/** `export * from "moduleSpecifier";`, or `export type * from …` for a module of types only (a .d.ts). */
export interface ExportAllDeclaration {
  kind: "exportAll";
  moduleSpecifier: string;
  isTypeOnly?: boolean;
}

export interface VariableDeclaration {
  name: string;
  type?: string;
  /** Printed as given; lines after the first keep their own indentation. */
  initializer: string;
}

/** A `const` statement. */
export interface ConstStatement {
  kind: "const";
  isExported?: boolean;
  declarations: VariableDeclaration[];
}

export type Statement =
  | InterfaceDeclaration
  | TypeAliasDeclaration
  | FunctionDeclaration
  | ImportDeclaration
  | ExportAllDeclaration
  | ConstStatement;
