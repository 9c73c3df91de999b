import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { defaultCacheDir, pinnedSpec, resolveDefaultSpec } from "../../src/input/fetch-spec.js";
import { listAll, tempDir, userErrorOf } from "../write/write-support.js";

const fixture = Buffer.from("openapi: 3.1.0\ninfo:\n  title: fixture\n  version: 1.0.0\npaths: {}\n");
const fixtureSha = createHash("sha256").update(fixture).digest("hex");

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

/** Serves `body` (or `status`) at /openapi.yaml on 127.0.0.1 and counts requests. */
async function serve(body: Buffer, status = 200): Promise<{ url: string; requests: () => number }> {
  let count = 0;
  const server = createServer((_req, res) => {
    count += 1;
    res.writeHead(status, { "content-type": "application/yaml" });
    res.end(status === 200 ? body : "not here");
  });
  servers.push(server);
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/openapi.yaml`, requests: () => count };
}

/** A port that was just free and now refuses connections. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return `http://127.0.0.1:${port}/openapi.yaml`;
}

test("resolveDefaultSpec > a download with the pinned sha is cached, and the next call reads the cache without a request", async () => {
  const { url, requests } = await serve(fixture);
  const cacheDir = join(tempDir(), "cache");
  const first = await resolveDefaultSpec({ cacheDir, url, sha256: fixtureSha });
  expect(first.bytes.equals(fixture)).toBe(true);
  expect(first.file).toBe(join(cacheDir, `openapi-${fixtureSha}.yaml`));
  expect(readFileSync(first.file).equals(fixture)).toBe(true);
  const second = await resolveDefaultSpec({ cacheDir, url, sha256: fixtureSha });
  expect(second).toStrictEqual(first);
  expect(requests()).toBe(1);
  expect(listAll(cacheDir)).toStrictEqual([`openapi-${fixtureSha}.yaml`]);
});

test("resolveDefaultSpec > a download with another sha is MG_SPEC_HASH and nothing is cached", async () => {
  const { url } = await serve(Buffer.from("openapi: 3.1.0\n# tampered\n"));
  const cacheDir = join(tempDir(), "cache");
  const error = await userErrorOf(() => resolveDefaultSpec({ cacheDir, url, sha256: fixtureSha }));
  expect(error.codes).toStrictEqual(["MG_SPEC_HASH"]);
  expect(error.message).toContain(fixtureSha);
  expect(error.message).toContain("--spec <file>");
  expect(existsSync(cacheDir) ? listAll(cacheDir) : []).toStrictEqual([]);
});

test("resolveDefaultSpec > a corrupted cache file is downloaded again and replaced", async () => {
  const { url, requests } = await serve(fixture);
  const cacheDir = tempDir();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, `openapi-${fixtureSha}.yaml`), "half a fi");
  const result = await resolveDefaultSpec({ cacheDir, url, sha256: fixtureSha });
  expect(result.bytes.equals(fixture)).toBe(true);
  expect(readFileSync(result.file).equals(fixture)).toBe(true);
  expect(requests()).toBe(1);
});

test("resolveDefaultSpec > a refused connection is MG_SPEC_FETCH telling the user to pass --spec <file>", async () => {
  const url = await closedPortUrl();
  const cacheDir = join(tempDir(), "cache");
  const error = await userErrorOf(() => resolveDefaultSpec({ cacheDir, url, sha256: fixtureSha }));
  expect(error.codes).toStrictEqual(["MG_SPEC_FETCH"]);
  expect(error.message).toContain("No network?");
  expect(error.message).toContain(`Download ${url} yourself and pass --spec <file>`);
  expect(error.message).toContain("any OpenAI openapi.yaml");
  expect(error.message).toContain("ECONNREFUSED");
  expect(existsSync(cacheDir)).toBe(false);
});

test("resolveDefaultSpec > an HTTP error status is MG_SPEC_FETCH naming the status", async () => {
  const { url } = await serve(fixture, 404);
  const error = await userErrorOf(() => resolveDefaultSpec({ cacheDir: tempDir(), url, sha256: fixtureSha }));
  expect(error.codes).toStrictEqual(["MG_SPEC_FETCH"]);
  expect(error.message).toContain("HTTP 404");
});

test("resolveDefaultSpec > fetchImpl replaces the network and receives the pinned URL by default", async () => {
  const seen: string[] = [];
  const fetchImpl = async (url: string) => {
    seen.push(url);
    return new Response(fixture);
  };
  const error = await userErrorOf(() => resolveDefaultSpec({ cacheDir: tempDir(), fetchImpl }));
  expect(seen).toStrictEqual([pinnedSpec.url]);
  expect(error.codes).toStrictEqual(["MG_SPEC_HASH"]);
});

test("pinnedSpec > is an immutable commit URL of openai/openai-openapi with a sha256", () => {
  expect(pinnedSpec.url).toMatch(/^https:\/\/raw\.githubusercontent\.com\/openai\/openai-openapi\/[0-9a-f]{40}\/openapi\.yaml$/);
  expect(pinnedSpec.sha256).toMatch(/^[0-9a-f]{64}$/);
});

test("defaultCacheDir > is node_modules/.cache/modelgate under cwd unless MODELGATE_CACHE_DIR is set", () => {
  expect(defaultCacheDir({ cwd: "/project", env: {} })).toBe(join("/project", "node_modules", ".cache", "modelgate"));
  expect(defaultCacheDir({ cwd: "/project", env: { MODELGATE_CACHE_DIR: "/tmp/mg" } })).toBe("/tmp/mg");
  expect(defaultCacheDir({ cwd: "/project", env: { MODELGATE_CACHE_DIR: "" } })).toBe(
    join("/project", "node_modules", ".cache", "modelgate"),
  );
});
