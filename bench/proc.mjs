// Runs one command as a child process and measures its wall time and peak memory (max RSS).
// Wall time: performance.now() around the spawn, from spawn to exit. Max RSS: GNU time's %M when /usr/bin/time is
// there and understands -f/-o; otherwise a preload (--import) that writes process.resourceUsage().maxRSS at exit.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const GNU_TIME = "/usr/bin/time";
// Max RSS in KiB, then user and system CPU seconds (of the child and the descendants it waited for).
const TIME_FORMAT = "%M %U %S";
let childCpuSeconds = 0;

/** CPU seconds used by every child run so far (to tell the benchmark's own CPU use from other processes'). */
export const childCpu = () => childCpuSeconds;

function gnuTimeWorks() {
  if (!existsSync(GNU_TIME)) return false;
  const probe = join(tmpdir(), `modelgate-bench-time-probe-${process.pid}`);
  const r = spawnSync(GNU_TIME, ["-f", TIME_FORMAT, "-o", probe, process.execPath, "-e", ""], { stdio: "ignore" });
  const ok = r.status === 0 && existsSync(probe) && /^\d+ [\d.]+ [\d.]+\s*$/.test(readFileSync(probe, "utf8"));
  rmSync(probe, { force: true });
  return ok;
}

let method;
/** How max RSS is measured on this machine: "gnu-time" or "preload". Probed once. */
export function rssMethod() {
  method ??= gnuTimeWorks() ? "gnu-time" : "preload";
  return method;
}

let preloadFile;
function preload() {
  if (preloadFile) return preloadFile;
  preloadFile = join(tmpdir(), `modelgate-bench-rss-${process.pid}.mjs`);
  writeFileSync(
    preloadFile,
    'import { writeFileSync } from "node:fs";\n' +
      'process.on("exit", () => { const u = process.resourceUsage();\n' +
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the preload file holds a template literal on purpose
      "  writeFileSync(process.env.MODELGATE_BENCH_RSS_FILE, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`); });\n",
  );
  return preloadFile;
}

/**
 * Runs `node <script> ...args` and resolves to { ms, rssKiB, code, stdout, stderr }.
 * @param {string} script path of a Node script (the CLI's bin)
 * @param {string[]} args
 * @param {{ cwd?: string }} [options]
 */
export function runNode(script, args, options = {}) {
  const rssFile = join(tmpdir(), `modelgate-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  let cmd;
  let argv;
  let env = process.env;
  if (rssMethod() === "gnu-time") {
    cmd = GNU_TIME;
    argv = ["-f", TIME_FORMAT, "-o", rssFile, process.execPath, script, ...args];
  } else {
    cmd = process.execPath;
    argv = ["--import", pathToFileURL(preload()).href, script, ...args];
    env = { ...process.env, MODELGATE_BENCH_RSS_FILE: rssFile };
  }
  return new Promise((resolve, reject) => {
    const out = [];
    const err = [];
    const start = performance.now();
    const child = spawn(cmd, argv, { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      let rssKiB = Number.NaN;
      if (existsSync(rssFile)) {
        // GNU time may print "Command exited with non-zero status N" before the numbers: take the last line.
        const lines = readFileSync(rssFile, "utf8").trim().split("\n");
        const [rss, user, system] = lines[lines.length - 1].split(" ").map(Number);
        rssKiB = rss;
        childCpuSeconds += (user || 0) + (system || 0);
        rmSync(rssFile, { force: true });
      }
      resolve({ ms, rssKiB, code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
  });
}

/** Removes the preload file, if one was written. */
export function cleanupProc() {
  if (preloadFile) rmSync(preloadFile, { force: true });
}
