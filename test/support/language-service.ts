import ts from "typescript";
import { repoRoot } from "./compilers.js";

/** What an editor's TypeScript support is given: strict, NodeNext, no ambient types, no emit. */
export const editorOptions: ts.CompilerOptions = {
  strict: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: [],
  noEmit: true,
};

/**
 * TypeScript's LanguageService (the engine behind VS Code's TypeScript support) over one file held in memory at
 * `file`; every other file is read from disk, so relative imports resolve from where `file` would be.
 */
export function serviceFor(file: string, source: string): ts.LanguageService {
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) =>
      name === file
        ? ts.ScriptSnapshot.fromString(source)
        : ts.sys.fileExists(name)
          ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name) ?? "")
          : undefined,
    getCurrentDirectory: () => repoRoot,
    getCompilationSettings: () => editorOptions,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
  };
  return ts.createLanguageService(host);
}

/** The `@deprecated` tag's text of the symbol at `position` (what hover shows), if it has one. */
export function deprecatedTagAt(service: ts.LanguageService, file: string, position: number): string | undefined {
  const tag = service.getQuickInfoAtPosition(file, position)?.tags?.find((t) => t.name === "deprecated");
  return tag && ts.displayPartsToString(tag.text);
}
