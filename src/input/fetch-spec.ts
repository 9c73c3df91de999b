/**
 * The spec used when the user passes no `--spec`: OpenAI's published openapi.yaml at a pinned commit, checked against
 * a pinned sha256 and cached, so a second run needs no network and a changed file is never used silently.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { errnoCode, userError, writeFileAtomic } from "../write/atomic-file.js";

/**
 * openai/openai-openapi at commit f85dbe2. Its openapi.yaml is, as far as we could check without network, the newest
 * spec of ../shared/openai-openapi/ (2026-08-21.yaml, the one `generated/` is built from): the same length
 * (2,970,588 characters), the same text at every offset compared (start, middle, end), and the commit's openapi.json
 * has the length of 2026-08-21.json. The sha256 is that local file's. An MG_SPEC_HASH on a networked run would mean
 * the files differ where we did not compare: check, then fix this pin. Moving the pin means updating both fields.
 */
export const pinnedSpec = {
  url: "https://raw.githubusercontent.com/openai/openai-openapi/f85dbe223d40e1a31cba812ab2d755c7e98a92a3/openapi.yaml",
  sha256: "db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8",
} as const;

export type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export interface ResolveDefaultSpecOptions {
  cacheDir: string;
  /** Injected in tests; the global `fetch` otherwise. */
  fetchImpl?: FetchLike;
  url?: string;
  sha256?: string;
  timeoutMs?: number;
}

export interface ResolvedSpec {
  /** The cached file; the URL itself when the cache folder cannot be written. */
  file: string;
  bytes: Buffer;
}

/** `$MODELGATE_CACHE_DIR`, else `node_modules/.cache/modelgate/` under `cwd`. */
export function defaultCacheDir({ cwd, env }: { cwd: string; env: Readonly<Record<string, string | undefined>> }): string {
  const fromEnv = env.MODELGATE_CACHE_DIR;
  return fromEnv !== undefined && fromEnv !== "" ? fromEnv : join(cwd, "node_modules", ".cache", "modelgate");
}

export async function resolveDefaultSpec(options: ResolveDefaultSpecOptions): Promise<ResolvedSpec> {
  const url = options.url ?? pinnedSpec.url;
  const sha256 = (options.sha256 ?? pinnedSpec.sha256).toLowerCase();
  const file = join(options.cacheDir, cacheFileName(url, sha256));
  const cached = readCached(file);
  if (cached !== undefined && sha256Hex(cached) === sha256) return { file, bytes: cached };

  const bytes = await download(url, options.fetchImpl ?? fetch, options.timeoutMs ?? 120_000);
  const actual = sha256Hex(bytes);
  if (actual !== sha256) {
    throw userError(
      "MG_SPEC_HASH",
      `the spec downloaded from ${url} has sha256 ${actual}, but modelgate pins ${sha256}; it was not cached or used`,
      `pass --spec <file> with an OpenAI openapi.yaml you trust (the file at ${url} may have been replaced, or a proxy altered it)`,
    );
  }
  try {
    writeFileAtomic(file, bytes);
    return { file, bytes };
  } catch {
    return { file: url, bytes }; // a read-only cache costs a download next time, nothing more
  }
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Keyed by the pinned hash, so moving the pin never reuses an old download. Keeps the URL's extension. */
function cacheFileName(url: string, sha256: string): string {
  const extension = posix.extname(new URL(url).pathname) || ".yaml";
  return `openapi-${sha256}${extension}`;
}

function readCached(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return undefined;
    const reason = errnoCode(error) ?? String(error);
    throw userError(
      "MG_SPEC_UNREADABLE",
      `the cached spec ${file} cannot be read (${reason})`,
      "delete it (or set MODELGATE_CACHE_DIR to another folder), or pass --spec <file>",
    );
  }
}

async function download(url: string, fetchImpl: FetchLike, timeoutMs: number): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw fetchFailed(url, describeFetchError(error));
  }
  if (!response.ok) throw fetchFailed(url, `HTTP ${response.status} ${response.statusText}`.trim());
  try {
    return Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw fetchFailed(url, describeFetchError(error));
  }
}

function fetchFailed(url: string, reason: string) {
  return userError(
    "MG_SPEC_FETCH",
    `no --spec given, and the pinned OpenAI spec could not be downloaded from ${url} (${reason}). ` +
      `No network? Download ${url} yourself and pass --spec <file>, or pass any OpenAI openapi.yaml with --spec <file>.`,
    `download ${url} and run again with --spec <file>, or pass any OpenAI openapi.yaml with --spec <file>`,
  );
}

/** Node's fetch hides the socket error in `cause` (e.g. ECONNREFUSED); show it. */
function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? (errnoCode(error.cause) ?? error.cause.message) : undefined;
  return cause !== undefined ? `${error.message}: ${cause}` : error.message;
}
