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

/**
 * A hand-written part of the output (templates/<name>.ts): its TypeScript source, and the JavaScript module and
 * declarations our build compiled from it (for the "js" output format).
 */
export function readTemplate(name: string): { ts: string; js: string; dts: string } {
  const base = `${packageRoot}dist/templates/${name}`;
  if (!existsSync(`${base}.js`) || !existsSync(`${base}.d.ts`)) {
    throw new Error(`bug: ${base}.js or .d.ts is missing: modelgate's build (npm run build) compiles templates/ into dist/templates/`);
  }
  const withoutSourceMap = (text: string): string => text.replace(/^\/\/# sourceMappingURL=.*\n?/m, "");
  return {
    ts: readFileSync(`${packageRoot}templates/${name}.ts`, "utf8"),
    js: withoutSourceMap(readFileSync(`${base}.js`, "utf8")),
    dts: withoutSourceMap(readFileSync(`${base}.d.ts`, "utf8")),
  };
}

export function generatorVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(`${packageRoot}package.json`, "utf8"));
  const version = typeof manifest === "object" && manifest !== null && "version" in manifest ? manifest.version : undefined;
  return typeof version === "string" ? version : "0.0.0";
}
