import { randomUUID } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Compiler, CompilerRun } from "./compilers.js";
import { compilers as matrix, runCompiler } from "./compilers.js";
import type { FixtureFile } from "./expect-markers.js";
import { checkExpectations } from "./expect-markers.js";

export interface CompileFixturesOptions {
  /** Folder the temporary tsconfig is written to; relative paths in `compilerOptions` resolve against it. */
  readonly dir: string;
  /** Fixture files, checked against their `@expect-error` markers (none: must compile cleanly). */
  readonly files: readonly string[];
  /** Compiled too, but carry no markers: any diagnostic in them is a failure. */
  readonly extraFiles?: readonly string[];
  /** Merged over the defaults (strict, NodeNext, ES2022, skipLibCheck, `types: []`). */
  readonly compilerOptions?: Readonly<Record<string, unknown>>;
  /** Defaults to the whole matrix. */
  readonly compilers?: readonly Compiler[];
}

/** The compiler options every fixture program starts from (strict, NodeNext, ES2022, skipLibCheck, `types: []`). */
export const fixtureCompilerOptions = {
  strict: true,
  noEmit: true,
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  skipLibCheck: true,
  types: [],
} as const;

async function withTempTsconfig<T>(dir: string, config: object, use: (project: string) => Promise<T>): Promise<T> {
  // A unique name, so concurrent test files may compile fixtures from the same folder.
  const project = join(dir, `.tsconfig.compile-fixtures.${randomUUID().slice(0, 8)}.json`);
  await writeFile(project, `${JSON.stringify(config, null, 2)}\n`, "utf8");
  try {
    return await use(project);
  } finally {
    await rm(project, { force: true });
  }
}

/** Non-zero with no diagnostics is a crash; zero with diagnostics means we misread the output. */
function checkExitCode(compiler: Compiler, run: CompilerRun): string[] {
  if (run.exitCode !== 0 && run.diagnostics.length === 0) {
    return [`[${compiler.name}] exited ${run.exitCode} without diagnostics:\n${run.output}`];
  }
  if (run.exitCode === 0 && run.diagnostics.length > 0) {
    return [`[${compiler.name}] exited 0 but printed ${run.diagnostics.length} diagnostics`];
  }
  return [];
}

/**
 * Compiles `files` and `extraFiles` as one program under every compiler (concurrently) and returns
 * the failures per compiler name; an empty list means every marker matched and nothing else was reported.
 */
export async function compileFixtures(options: CompileFixturesOptions): Promise<Map<string, string[]>> {
  const { dir, extraFiles = [], compilerOptions = {}, compilers = matrix } = options;
  const files = options.files.map((file) => resolve(dir, file));
  const fixtures: FixtureFile[] = await Promise.all(files.map(async (path) => ({ path, text: await readFile(path, "utf8") })));
  const config = {
    compilerOptions: { ...fixtureCompilerOptions, ...compilerOptions },
    files: [...files, ...extraFiles.map((file) => resolve(dir, file))],
  };
  const runs = await withTempTsconfig(dir, config, (project) =>
    Promise.all(compilers.map((compiler) => runCompiler({ compiler, project }))),
  );
  const failures = new Map<string, string[]>();
  compilers.forEach((compiler, index) => {
    const run = runs[index];
    if (run === undefined) throw new Error(`no run for ${compiler.name}`);
    const found = checkExpectations({ compiler: compiler.name, files: fixtures, diagnostics: run.diagnostics });
    failures.set(compiler.name, [...checkExitCode(compiler, run), ...found]);
  });
  return failures;
}
