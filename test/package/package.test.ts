import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";

/**
 * The package as a user installs it: `npm pack` of the built repository (`npm test` builds first), unpacked into a
 * folder inside this repository's node_modules so that its dependencies resolve from ours.
 */
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const work = join(repoRoot, "node_modules", ".cache", "modelgate-package-test");
const installed = join(work, "node_modules", "modelgate");
const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name);
let tarball = "";

beforeAll(() => {
  if (!existsSync(join(repoRoot, "dist", "src", "index.js"))) throw new Error("dist/ is missing: run `npm run build`");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  const packed = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  const [{ filename }] = JSON.parse(packed) as [{ filename: string }];
  tarball = join(work, filename);
  execFileSync("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
}, 120_000);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe("package > contents", () => {
  test("ships a LICENSE, the README and an exports map with types first", () => {
    expect(existsSync(join(installed, "LICENSE"))).toBe(true);
    expect(existsSync(join(installed, "README.md"))).toBe(true);
    const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    expect(Object.keys(pkg.exports["."])).toStrictEqual(["types", "default"]);
    for (const target of Object.values(pkg.exports["."]) as string[]) expect(existsSync(join(installed, target))).toBe(true);
  });

  test("every source map points only at files the package ships", () => {
    const maps = filesUnder(installed).filter((f) => f.endsWith(".map"));
    expect(maps.length).toBeGreaterThan(10);
    const missing = maps.flatMap((map) => {
      const { sources, sourceRoot = "" } = JSON.parse(readFileSync(map, "utf8")) as { sources: string[]; sourceRoot?: string };
      return sources
        .map((s) => resolve(dirname(map), sourceRoot, s))
        .filter((s) => !existsSync(s))
        .map((s) => `${relative(installed, map)} -> ${relative(installed, s)}`);
    });
    expect(missing).toStrictEqual([]);
  });
});

describe("package > linters", () => {
  test("attw finds no problem (ESM-only: Node 20.19+ loads it with require() too)", () => {
    const run = spawnSync(bin("attw"), [tarball, "--profile", "esm-only", "--format", "json"], { encoding: "utf8" });
    const report = JSON.parse(run.stdout) as { analysis: { problems: { resolutionKind?: string }[] } };
    // The esm-only profile leaves out node10 and node16-from-CJS; the require() test below covers CommonJS callers.
    const counted = report.analysis.problems.filter((p) => !["node10", "node16-cjs"].includes(p.resolutionKind ?? ""));
    expect(counted).toStrictEqual([]);
    expect(run.status).toBe(0);
  });

  test("publint reports nothing, not even a suggestion", () => {
    const run = spawnSync(bin("publint"), ["run", installed, "--pack", "false", "--level", "suggestion", "--strict"], {
      encoding: "utf8",
    });
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/Suggestions|Warnings|Errors/);
    expect(run.status).toBe(0);
  });
});

describe("package > loading", () => {
  const spec = join(repoRoot, "test", "fixtures", "specs", "small-chat.yaml");
  const overlay = join(repoRoot, "test", "fixtures", "overlays", "minimal-chat.yaml");
  const program = `const { generate, readInput } = MODELGATE;
const result = generate({ spec: readInput(${JSON.stringify(spec)}, "MG_SPEC_UNREADABLE"), overlay: readInput(${JSON.stringify(overlay)}, "MG_OVERLAY_UNREADABLE") });
console.log(result.files.length > 0 ? "generated" : "empty");`;

  test.each([
    ["ESM import", "consumer.mjs", program.replace("MODELGATE", 'await import("modelgate")')],
    ["CommonJS require", "consumer.cjs", program.replace("MODELGATE", 'require("modelgate")')],
  ])("%s of the installed package runs generate()", (_name, file, source) => {
    writeFileSync(join(work, file), source);
    const out = execFileSync(process.execPath, [join(work, file)], { cwd: work, encoding: "utf8" });
    expect(out.trim()).toBe("generated");
  });
});
