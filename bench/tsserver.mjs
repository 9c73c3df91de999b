// A small client for TypeScript's tsserver over stdio: requests are JSON lines on stdin, answers and events are
// `Content-Length` framed JSON on stdout. Used by the editor benchmark (bench/editor.mjs).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

/** Starts `node <tsserver.js>` in `cwd`; resolves once it has started (the `typingsInstallerPid` or first event). */
export function startTsserver({ tsserver, cwd }) {
  const child = spawn(process.execPath, [tsserver, "--disableAutomaticTypingAcquisition", "--locale", "en"], {
    cwd,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let buffer = Buffer.alloc(0);
  let seq = 0;
  const waiters = [];
  const messages = [];
  child.stdout.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const head = buffer.indexOf("\r\n\r\n");
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, head).toString("utf8"))?.[1]);
      if (buffer.length < head + 4 + length) return;
      const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString("utf8"));
      buffer = buffer.subarray(head + 4 + length);
      const at = performance.now();
      messages.push({ message, at });
      for (const w of [...waiters]) {
        if (w.match(message)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve({ message, at });
        }
      }
    }
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));

  /** Resolves with { message, at } for the first message (from now on) that `match` accepts. */
  const waitFor = (match, what, timeoutMs = 120_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`tsserver: no ${what} within ${timeoutMs} ms`)), timeoutMs);
      const done = (v) => {
        clearTimeout(timer);
        resolve(v);
      };
      waiters.push({ match, resolve: done });
    });

  /** Sends a request; returns { seq, sentAt }. */
  const send = (command, args) => {
    seq += 1;
    const sentAt = performance.now();
    child.stdin.write(`${JSON.stringify({ seq, type: "request", command, arguments: args })}\n`);
    return { seq, sentAt };
  };

  /** Sends a request and resolves with its response body, the time it took and when it arrived. */
  const request = async (command, args) => {
    const { seq: s, sentAt } = send(command, args);
    const { message, at } = await waitFor((m) => m.type === "response" && m.request_seq === s, `response to ${command}`);
    if (!message.success) throw new Error(`tsserver: ${command} failed: ${message.message}`);
    return { body: message.body, ms: at - sentAt, at };
  };

  const stop = async () => {
    send("exit", {});
    const timer = setTimeout(() => child.kill(), 5000);
    await exited;
    clearTimeout(timer);
  };
  /**
   * CPU time (user + system, ms) the server process has used so far, from /proc (Linux; NaN elsewhere): unlike wall
   * time, it barely moves when other processes compete for the cores.
   */
  const cpuMs = () => {
    try {
      const stat = readFileSync(`/proc/${child.pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS);
    } catch {
      return Number.NaN;
    }
  };
  return { send, request, waitFor, stop, cpuMs };
}

/** The kernel's clock ticks per second for /proc's CPU times (USER_HZ: 100 on Linux's common configurations). */
const CLOCK_TICKS = 100;

/** 1-based { line, offset } of a character index in a text. */
export function lineOffset(text, index) {
  const before = text.slice(0, index).split("\n");
  return { line: before.length, offset: before[before.length - 1].length + 1 };
}
