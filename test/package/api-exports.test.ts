import { fileURLToPath } from "node:url";
import { Node, Project, type SourceFile } from "ts-morph";
import { describe, expect, test } from "vitest";

/**
 * A user of the library API can name every type its signatures use: each type that an exported declaration of the
 * built entry refers to, and that is declared inside modelgate, is exported from the entry too.
 */
const distEntry = fileURLToPath(new URL("../../dist/src/index.d.ts", import.meta.url));
const distRoot = fileURLToPath(new URL("../../dist/", import.meta.url));

function unexportedReferences(entry: SourceFile): string[] {
  const exported = entry.getExportedDeclarations();
  const missing = new Set<string>();
  for (const [name, declarations] of exported) {
    for (const declaration of declarations) {
      for (const ref of declaration.getDescendants().filter(Node.isTypeReference)) {
        const symbol = ref.getTypeName().getSymbol();
        const target = symbol?.getAliasedSymbol() ?? symbol;
        const declared = target?.getDeclarations()[0];
        if (!declared || Node.isTypeParameterDeclaration(declared)) continue;
        if (!declared.getSourceFile().getFilePath().startsWith(distRoot)) continue;
        const typeName = target?.getName() ?? "";
        if (!exported.has(typeName) && !([...exported.values()].flat() as Node[]).includes(declared))
          missing.add(`${name} uses ${typeName}`);
      }
    }
  }
  return [...missing].sort();
}

describe("library API > exported types", () => {
  test("every modelgate type that an exported signature uses is exported from the entry", () => {
    const project = new Project({ skipAddingFilesFromTsConfig: true, compilerOptions: { strict: true } });
    const entry = project.addSourceFileAtPath(distEntry);
    project.resolveSourceFileDependencies();
    expect(entry.getExportedDeclarations().has("generate")).toBe(true);
    expect(unexportedReferences(entry)).toStrictEqual([]);
  });

  test("negative control: a type used but not exported is reported", () => {
    const project = new Project({ useInMemoryFileSystem: true });
    const file = project.createSourceFile(`${distRoot}probe.ts`, "interface Hidden { a: 1 }\nexport function f(h: Hidden): void {}\n");
    expect(unexportedReferences(file)).toStrictEqual(["f uses Hidden"]);
  });
});
