// The editor benchmark: an app file with the 50 create() calls (bench/apps.mjs) opened in tsserver (TypeScript 5.9),
// per style: open → semantic diagnostics, an edit inside one request → completions at the cursor, and that edit →
// semantic diagnostics again. Each (style, round) runs in a fresh tsserver process.
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { APP_PEER, appSources, editorFloorSources } from "./apps.mjs";
import { COMPILER_OPTIONS } from "./consumers.mjs";
import { summarize } from "./stats.mjs";
import { lineOffset, startTsserver } from "./tsserver.mjs";

/** Which request the edit goes into, and the completion that proves the cursor is inside it. */
const EDITED = 25;
const EXPECTED_ENTRY = "tools";
export const EDITOR_METRICS = ["open → diagnostics", "open → diagnostics, CPU", "edit → completion", "edit → diagnostics"];

/**
 * The editor's files, each in its own folder with a tsconfig.json (so tsserver uses the bench's options): the app
 * files of bench/apps.mjs (with and without requests) and the floor's what-if files, whose flat types go into
 * `<dir>/generated/what-if-flat.d.ts`.
 */
function writeEditorFiles({ dir, requests }) {
  const files = [
    ...appSources(requests, "../generated/index.js"),
    ...editorFloorSources(requests, {
      from: "../generated/index.js",
      chat: "../generated/chat-completions.gen.js",
      chatTypes: "../generated/chat-completions.types.gen.js",
      whatIf: "../generated/what-if-flat.js",
      core: "../generated/what-if-core.js",
      noVariants: "../generated/what-if.js",
    }),
  ];
  return files.map((p) => {
    const folder = join(dir, `editor-${p.id}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "tsconfig.json"), `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: ["app.ts"] })}\n`);
    writeFileSync(join(folder, "app.ts"), p.source);
    return { ...p, file: join(folder, "app.ts") };
  });
}

/** Where the edit goes: just before `messages:` of request EDITED (its `create()` argument or its annotated const). */
function editPoint(source) {
  const marker = [`const q${EDITED}:`, `export const r${EDITED} =`].map((m) => source.indexOf(m)).find((i) => i >= 0);
  const at = source.indexOf("messages:", marker);
  if (marker === undefined || at < 0) throw new Error(`editor bench: no request ${EDITED} in the file`);
  return at;
}

async function semanticDiagnostics(server, file) {
  const { sentAt } = server.send("geterr", { files: [file], delay: 0 });
  const { message, at } = await server.waitFor(
    (m) => m.type === "event" && m.event === "semanticDiag" && m.body?.file === file,
    "semanticDiag event",
  );
  return { ms: at - sentAt, at, count: message.body.diagnostics.length };
}

/** One fresh tsserver on one file: the three timings, and checks that the answers are the expected ones. */
async function measureFile({ tsserver, cwd, program }) {
  const server = startTsserver({ tsserver, cwd });
  try {
    await server.request("configure", { preferences: {} }); // the server has started: its start-up is not counted
    const cpuBefore = server.cpuMs();
    const started = performance.now();
    await server.request("open", { file: program.file });
    const open = await semanticDiagnostics(server, program.file);
    if (open.count !== 0) throw new Error(`editor bench: ${program.id} has ${open.count} diagnostics on open`);
    const opened = { "open → diagnostics": open.at - started, "open → diagnostics, CPU": server.cpuMs() - cpuBefore };
    if (program.requests === 0) return opened; // nothing to edit in a file without requests
    // Type `t, ` before `messages:` (a new property being written), then ask for completions after the `t`.
    const at = lineOffset(program.source, editPoint(program.source));
    const editStart = performance.now();
    server.send("change", { file: program.file, ...at, endLine: at.line, endOffset: at.offset, insertString: "t, " });
    const completion = await server.request("completionInfo", { file: program.file, line: at.line, offset: at.offset + 1 });
    const completionMs = completion.at - editStart;
    const names = new Set((completion.body?.entries ?? []).map((e) => e.name));
    if (!names.has(EXPECTED_ENTRY)) throw new Error(`editor bench: ${program.id}: no "${EXPECTED_ENTRY}" among the completions`);
    const edited = await semanticDiagnostics(server, program.file);
    return { ...opened, "edit → completion": completionMs, "edit → diagnostics": edited.ms };
  } finally {
    await server.stop();
  }
}

/**
 * Per style, `runs` rounds (after `warmup`), each starting a fresh tsserver per file in an order rotated per round.
 * @returns {Promise<{ version: string, programs: Array<{ id, label, short, metrics }> }>}
 */
export async function benchEditor({ root, dir, requests, compiler, warmup, runs, log }) {
  const tsserver = join(root, compiler.tsserver);
  const programs = writeEditorFiles({ dir, requests });
  const samples = new Map(programs.map((p) => [p.id, []]));
  const loads = [];
  for (let round = -warmup; round < runs; round++) {
    const shift = ((round % programs.length) + programs.length) % programs.length;
    const times = new Map();
    for (const program of [...programs.slice(shift), ...programs.slice(0, shift)]) {
      const t = await measureFile({ tsserver, cwd: dir, program });
      log(
        `  editor ${program.id.padEnd(18)} ${round < 0 ? "warm-up" : `run ${round + 1}/${runs}`}  ` +
          Object.entries(t)
            .map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`)
            .join("  ") +
          `  load ${loadavg()[0].toFixed(2)}`,
      );
      times.set(program.id, t);
    }
    if (round < 0) continue;
    loads.push(loadavg()[0]);
    // Each file's time over the peer's of the same round: the spread of these is the noise the ratios carry.
    const peer = times.get(APP_PEER);
    for (const [id, t] of times) {
      samples.get(id).push({ ...t, ratio: Object.fromEntries(Object.entries(t).map(([k, ms]) => [k, ms / peer[k]])) });
    }
  }
  const metric = (id, k) => summarize(samples.get(id).map((s) => s[k]));
  return {
    version: compiler.version,
    edited: EDITED,
    peer: APP_PEER,
    load: summarize(loads),
    // Every field of the program goes on (ids it is the floor or chat-module copy of, …), as typecheck.mjs passes
    // them, so a report reading a new one does not depend on this list; the source text and file do not.
    programs: programs.map(({ source: _source, file: _file, ...p }) => ({
      ...p,
      metrics: Object.fromEntries(EDITOR_METRICS.map((k) => [k, metric(p.id, k)])),
      roundRatios: Object.fromEntries(EDITOR_METRICS.map((k) => [k, summarize(samples.get(p.id).map((s) => s.ratio[k]))])),
      ratios: Object.fromEntries(EDITOR_METRICS.map((k) => [k, samples.get(p.id).map((s) => s.ratio[k] ?? Number.NaN)])),
    })),
  };
}
