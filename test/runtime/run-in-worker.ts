import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { readOutputFolder, transpileOutput } from "../support/transpile-output.js";

/**
 * The generated runtime API as plain JavaScript (generated/ transpiled as a consumer's build would), which a worker
 * thread can import without vitest's transform. Requests and results cross as JSON text: one string is copied much
 * faster than a million cloned objects.
 */
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
let runtimeModuleUrl: string | undefined;
function runtimeModule(): string {
  if (runtimeModuleUrl === undefined) {
    const dest = join(repoRoot, "node_modules", ".cache", `modelgate-worker-${process.pid}`);
    transpileOutput(readOutputFolder(join(repoRoot, "generated")), dest);
    runtimeModuleUrl = pathToFileURL(join(dest, "validate.gen.js")).href;
  }
  return runtimeModuleUrl;
}

const source = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.runtimeModule).then((api) => {
  const start = performance.now();
  try {
    const value = api[workerData.call](workerData.endpoint, JSON.parse(workerData.request), ...workerData.rest);
    const ms = performance.now() - start;
    parentPort.postMessage({ ms, value: JSON.stringify(value) });
  } catch (error) {
    parentPort.postMessage({ ms: performance.now() - start, thrown: { name: error.name, message: error.message } });
  }
});
`;

export interface WorkerOutcome {
  /** How long the call itself took inside the worker. */
  ms: number;
  value?: unknown;
  thrown?: { name: string; message: string };
}

/**
 * Calls validateRequest or adaptRequest in a worker thread that is stopped after `timeoutMs` and limited to
 * `memoryMb` of heap, so a runtime that loops or grows without end fails the test instead of hanging the suite.
 */
export function callInWorker(options: {
  call: "validateRequest" | "adaptRequest";
  endpoint: string;
  /** A JSON value. */
  request: unknown;
  rest?: unknown[];
  timeoutMs: number;
  memoryMb?: number;
}): Promise<WorkerOutcome> {
  const { call, endpoint, request, rest = [], timeoutMs, memoryMb = 1024 } = options;
  const worker = new Worker(source, {
    eval: true,
    workerData: { runtimeModule: runtimeModule(), call, endpoint, request: JSON.stringify(request), rest },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${call} did not return within ${timeoutMs} ms`));
      void worker.terminate();
    }, timeoutMs);
    const settle = (action: () => void): void => {
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    worker.once("message", ({ ms, value, thrown }: { ms: number; value?: string; thrown?: WorkerOutcome["thrown"] }) =>
      settle(() => resolve({ ms, ...(value !== undefined && { value: JSON.parse(value) }), ...(thrown && { thrown }) })),
    );
    worker.once("error", (error) => settle(() => reject(error)));
    worker.once("exit", (code) => settle(() => reject(new Error(`the worker exited with ${code} before answering`))));
  });
}
