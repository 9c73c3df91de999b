import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** Files that ship with modelgate: the default overlay, the output templates, our own version. */
const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** Works from src/ (tests) and from dist/src/ (the built CLI). */
function findPackageRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "templates"))) return `${dir}/`;
  }
  throw new Error(`bug: modelgate's package root not found above ${start}`);
}

export const defaultOverlayPath = `${packageRoot}overlays/openai.yaml`;

/** The default overlay as diagnostics show it: relative to the working folder, so messages carry no absolute path. */
export function defaultOverlayDisplayPath(): string {
  return relative(process.cwd(), defaultOverlayPath) || defaultOverlayPath;
}

export function readTemplate(name: string): string {
  return readFileSync(`${packageRoot}templates/${name}`, "utf8");
}

export function generatorVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(`${packageRoot}package.json`, "utf8"));
  const version = typeof manifest === "object" && manifest !== null && "version" in manifest ? manifest.version : undefined;
  return typeof version === "string" ? version : "0.0.0";
}
