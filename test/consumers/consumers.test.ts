import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { OutputFormat } from "../../src/emit/output-format.js";
import { generate } from "../../src/index.js";
import { writeOutput } from "../../src/write/write-output.js";
import { readInputFile } from "../e2e/e2e-support.js";

/**
 * The output as real projects use it: one small consumer per toolchain, built and run. Each imports a per-model
 * builder and validateRequest and prints what they return; every one must print the same line.
 */
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const spec = join(repoRoot, "..", "shared", "openai-openapi", "2026-08-21.yaml");
const bin = (name: string): string => join(repoRoot, "node_modules", ".bin", name);
const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
const expected = '{"model":"o3","ok":false}\n';
const run = promisify(execFile);

/** The consumer's code; `from` is the entry it imports, `load` how (an ES import or a CommonJS require). */
function consumerSource(from: string, load: "import" | "require" = "import"): string {
  const names = "{ o3Request, validateRequest }";
  const head = load === "import" ? `import ${names} from "${from}";` : `const ${names} = require("${from}");`;
  return [
    head,
    'const request = o3Request({ messages: [{ role: "user", content: "hi" }] });',
    'const verdict = validateRequest("chat.completions", { model: "o3", messages: [], logprobs: true });',
    "console.log(JSON.stringify({ model: request.model, ok: verdict.ok }));",
    "",
  ].join("\n");
}

let root = "";
const outputs = new Map<OutputFormat, string>();

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "modelgate-consumers-"));
  for (const format of ["ts", "ts-imports", "js"] as const) {
    const result = generate({ spec: readInputFile(spec, "2026-08-21.yaml"), format });
    const dir = join(root, `output-${format}`);
    writeOutput({ outDir: dir, files: result.files, check: false });
    outputs.set(format, dir);
  }
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A consumer project: package.json with `type`, the output copied to `gen/`, and the given files. */
function project(name: string, options: { type: "module" | "commonjs"; format: OutputFormat; files: Record<string, string> }): string {
  const dir = join(root, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name, private: true, type: options.type })}\n`);
  const output = outputs.get(options.format);
  if (output === undefined) throw new Error(`bug: no ${options.format} output`);
  cpSync(output, join(dir, "gen"), { recursive: true });
  for (const [file, text] of Object.entries(options.files)) writeFileSync(join(dir, file), text);
  return dir;
}

async function stdoutOf(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run(command, args, { cwd, env: { ...process.env, NO_COLOR: "1", ...env }, timeout: 120_000 });
  return stdout;
}

const tsconfig = (compilerOptions: Record<string, unknown>): string =>
  `${JSON.stringify({ compilerOptions: { target: "ES2022", strict: true, skipLibCheck: true, types: [], outDir: "out", ...compilerOptions }, files: ["main.ts"] })}\n`;

/** A tool that comes from its npm package: absent only when the package could not be installed. */
function available(name: string): boolean {
  if (existsSync(bin(name))) return true;
  process.stderr.write(`consumers > ${name}: skipped, the npm package "${name}" is not installed (npm install could not fetch it)\n`);
  return false;
}

describe("consumers > the default output (TypeScript modules)", () => {
  test("tsc to an outDir without allowJs, ESM (nodenext, declaration, verbatimModuleSyntax) > builds and runs under node", async () => {
    const dir = project("tsc-esm", {
      type: "module",
      format: "ts",
      files: {
        "main.ts": consumerSource("./gen/index.js"),
        "tsconfig.json": tsconfig({ module: "NodeNext", declaration: true, verbatimModuleSyntax: true }),
      },
    });
    await stdoutOf(process.execPath, [tsc, "-p", "."], dir);
    expect(await stdoutOf(process.execPath, ["out/main.js"], dir)).toBe(expected);
  }, 120_000);

  test("tsc to an outDir without allowJs, CommonJS (module commonjs) > builds and runs under node", async () => {
    const dir = project("tsc-cjs", {
      type: "commonjs",
      format: "ts",
      files: { "main.ts": consumerSource("./gen/index.js"), "tsconfig.json": tsconfig({ module: "CommonJS", moduleResolution: "Node10" }) },
    });
    await stdoutOf(process.execPath, [tsc, "-p", "."], dir);
    expect(await stdoutOf(process.execPath, ["out/main.js"], dir)).toBe(expected);
  }, 120_000);

  test.each(["module", "commonjs"] as const)(
    "tsx in a %s project > runs main.ts",
    async (type) => {
      const dir = project(`tsx-${type}`, { type, format: "ts", files: { "main.ts": consumerSource("./gen/index.js") } });
      expect(await stdoutOf(bin("tsx"), ["main.ts"], dir)).toBe(expected);
    },
    120_000,
  );

  test("esbuild > bundles main.ts for node and the bundle runs", async () => {
    const dir = project("esbuild", { type: "module", format: "ts", files: { "main.ts": consumerSource("./gen/index.js") } });
    const { build } = await import("esbuild-wasm");
    await build({
      entryPoints: [join(dir, "main.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile: join(dir, "bundle.js"),
      logLevel: "silent",
    });
    expect(await stdoutOf(process.execPath, ["bundle.js"], dir)).toBe(expected);
  }, 120_000);

  test.skipIf(!available("vite"))(
    "vite build (SSR entry) > the built module runs under node",
    async () => {
      const dir = project("vite", { type: "module", format: "ts", files: { "main.ts": consumerSource("./gen/index.js") } });
      await stdoutOf(bin("vite"), ["build", "--ssr", "main.ts", "--outDir", "dist", "--logLevel", "warn"], dir);
      expect(await stdoutOf(process.execPath, ["dist/main.js"], dir)).toBe(expected);
    },
    120_000,
  );

  test.skipIf(!available("bun"))(
    "bun > runs main.ts",
    async () => {
      const dir = project("bun", { type: "module", format: "ts", files: { "main.ts": consumerSource("./gen/index.js") } });
      expect(await stdoutOf(bin("bun"), ["main.ts"], dir)).toBe(expected);
    },
    120_000,
  );
});

describe("consumers > --format ts-imports (import paths name the .ts files)", () => {
  test.skipIf(!available("deno"))(
    "deno check and deno run, without flags > pass and print the result",
    async () => {
      const dir = project("deno", { type: "module", format: "ts-imports", files: { "main.ts": consumerSource("./gen/index.ts") } });
      const env = { DENO_DIR: join(root, "deno-dir"), DENO_NO_UPDATE_CHECK: "1" };
      await stdoutOf(bin("deno"), ["check", "main.ts"], dir, env);
      expect(await stdoutOf(bin("deno"), ["run", "main.ts"], dir, env)).toBe(expected);
    },
    120_000,
  );
});

describe("consumers > --format js (plain JavaScript: .mjs + .d.mts)", () => {
  test("an ES module of a CommonJS package imports index.mjs", async () => {
    const dir = project("js-esm", { type: "commonjs", format: "js", files: { "main.mjs": consumerSource("./gen/index.mjs") } });
    expect(await stdoutOf(process.execPath, ["main.mjs"], dir)).toBe(expected);
  }, 120_000);

  test("a CommonJS script require()s index.mjs", async () => {
    const dir = project("js-cjs", { type: "commonjs", format: "js", files: { "main.cjs": consumerSource("./gen/index.mjs", "require") } });
    expect(await stdoutOf(process.execPath, ["--no-warnings", "main.cjs"], dir)).toBe(expected);
  }, 120_000);
});

/** Runs a tool and returns its exit code (0 when it found nothing). */
async function exitCodeOf(command: string, args: string[], cwd: string): Promise<number> {
  try {
    await run(command, args, { cwd, env: { ...process.env, NO_COLOR: "1" }, timeout: 120_000 });
    return 0;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== "number") throw error;
    return code;
  }
}

describe("consumers > formatters and linters over a repository that holds the output", () => {
  const lintProject = (name: string, format: OutputFormat, files: Record<string, string>): string => {
    const dir = project(name, { type: "module", format, files });
    symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"), "dir");
    return dir;
  };
  const withoutBiomeLines = (dir: string): void => {
    for (const name of readdirSync(join(dir, "gen"))) {
      const file = join(dir, "gen", name);
      writeFileSync(file, readFileSync(file, "utf8").replace(/^\/\/ biome-ignore-all .*\n/gm, ""));
    }
  };

  test("biome check with an empty configuration > finds nothing; without the header's biome-ignore-all lines it does", async () => {
    const dir = lintProject("biome", "ts", { "biome.json": "{}\n" });
    expect(await exitCodeOf(bin("biome"), ["check", "gen"], dir)).toBe(0);
    withoutBiomeLines(dir);
    expect(await exitCodeOf(bin("biome"), ["check", "gen"], dir)).not.toBe(0);
  }, 120_000);

  test.skipIf(!available("prettier"))(
    "prettier --check > passes with the README's .prettierignore line, fails without it",
    async () => {
      // package.json is the test's own file, written on one line: the test ignores it.
      const dir = lintProject("prettier", "ts", { ".prettierignore": "node_modules/\npackage.json\n" });
      expect(await exitCodeOf(bin("prettier"), ["--check", "."], dir)).not.toBe(0);
      writeFileSync(join(dir, ".prettierignore"), "node_modules/\npackage.json\ngen/\n");
      expect(await exitCodeOf(bin("prettier"), ["--check", "."], dir)).toBe(0);
    },
    120_000,
  );

  test.skipIf(!available("eslint"))(
    "eslint > passes with the README's globalIgnores line, finds problems without it",
    async () => {
      const rules = '{ files: ["**/*.mjs"], rules: { "no-unused-vars": "error", curly: "error", eqeqeq: "error" } }';
      const config = (ignores: string): string => `import { globalIgnores } from "eslint/config";\nexport default [${ignores}${rules}];\n`;
      const dir = lintProject("eslint", "js", { "eslint.config.js": config(""), "main.mjs": consumerSource("./gen/index.mjs") });
      expect(await exitCodeOf(bin("eslint"), ["."], dir)).not.toBe(0);
      writeFileSync(join(dir, "eslint.config.js"), config('globalIgnores(["gen/"]), '));
      expect(await exitCodeOf(bin("eslint"), ["."], dir)).toBe(0);
    },
    120_000,
  );
});
