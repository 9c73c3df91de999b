import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/**
 * The output's TypeScript code modules as the JavaScript a consumer's build makes of them (tsc to an outDir, tsx,
 * a bundler): each `.ts` file that is not a declaration file, transpiled beside the others as `.js`, in `dest`. For
 * tests that import the output in plain Node (a worker thread, a child process). Returns the `.js` paths written.
 */
export function transpileOutput(files: { path: string; contents: string }[], dest: string): string[] {
  mkdirSync(dest, { recursive: true });
  writeFileSync(join(dest, "package.json"), '{ "type": "module" }\n');
  const written: string[] = [];
  for (const { path, contents } of files) {
    if (!path.endsWith(".ts") || path.endsWith(".d.ts")) continue;
    const { outputText } = ts.transpileModule(contents, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    });
    const js = path.replace(/\.ts$/, ".js");
    writeFileSync(join(dest, js), outputText);
    written.push(js);
  }
  return written;
}

/** The files of an output folder on disk, as `transpileOutput` takes them. */
export function readOutputFolder(dir: string): { path: string; contents: string }[] {
  return readdirSync(dir).map((path) => ({ path, contents: readFileSync(join(dir, path), "utf8") }));
}
