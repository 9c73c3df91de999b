import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { describe, expect, test } from "vitest";
import { repoRoot } from "../support/compilers.js";

// The README's Node versions must be ones the dependencies accept: the development range for every package the
// lockfile installs, the package's own `engines` for its runtime dependencies.
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean; optional?: boolean }>;
};

/** name → its `engines.node`, for the lockfile's packages (dev ones or runtime ones). */
function nodeEngines(dev: boolean): [string, string][] {
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    const node = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    if (path === "" || node === undefined || Boolean(entry.dev) !== dev) return [];
    return [[path.replace(/^.*node_modules\//, ""), node]];
  });
}

describe("README > Node version", () => {
  const devRange = /dev dependencies' own `engines` ask for Node\s+`([^`]+)`/.exec(readme)?.[1] ?? "";

  test("the development range is stated and every dev dependency's engines accept all of it", () => {
    expect(devRange).not.toBe("");
    expect(semver.validRange(devRange)).not.toBeNull();
    const refused = nodeEngines(true).filter(([, engine]) => !semver.subset(devRange, engine, { includePrerelease: false }));
    expect(refused).toStrictEqual([]);
  });

  test("package.json engines is what the README says and every runtime dependency accepts it", () => {
    expect(pkg.engines.node).toBe(">=20.19");
    expect(readme).toContain("run on Node 20.19 or newer (`engines` in package.json)");
    const refused = nodeEngines(false).filter(([, engine]) => !semver.subset(pkg.engines.node, engine));
    expect(refused).toStrictEqual([]);
  });
});
