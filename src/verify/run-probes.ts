import { type ApiError, classifyApiError, readApiError } from "../learn/api-error.js";
import type { Probe } from "./probe-plan.js";

export type ProbeVerdict = "agrees" | "disagrees" | "could-not-tell";

export interface ProbeOutcome {
  probe: Probe;
  verdict: ProbeVerdict;
  /** What the API did: refused the parameter, accepted the request, or neither (`other`). */
  observed: "refused" | "accepted" | "other";
  status?: number;
  /** The API's error, when it answered with one. */
  error?: ApiError;
  /** Why the verdict is what it is, in a few words. */
  note: string;
  attempts: number;
}

export interface RunOptions {
  probes: readonly Probe[];
  /** e.g. https://api.openai.com/v1, a proxy, or a test server. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …`; never logged, never in an outcome. */
  apiKey: string;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** A request with no answer by then is abandoned (default 30 s). */
  timeoutMs?: number;
  /** Tries after the first for 429, 5xx, time-outs and network errors (default 3). */
  retries?: number;
  /** The longest Retry-After honoured (default 60 s); a longer one ends the probe as could-not-tell. */
  maxRetryAfterMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  onOutcome?: (outcome: ProbeOutcome) => void;
}

/** The key was refused (401/403): nothing else can be told, so the run stops. */
export class VerifyAuthError extends Error {
  constructor(readonly status: number) {
    super(`the API refused the key (HTTP ${status})`);
    this.name = "VerifyAuthError";
  }
}

/** Sends the probes with bounded concurrency and reads each answer into a verdict. */
export async function runProbes(options: RunOptions): Promise<ProbeOutcome[]> {
  const outcomes: ProbeOutcome[] = new Array(options.probes.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < options.probes.length) {
      const index = next++;
      const probe = options.probes[index];
      if (!probe) continue;
      const outcome = await runProbe(probe, options);
      outcomes[index] = outcome;
      options.onOutcome?.(outcome);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 4, options.probes.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}

type Answer = { status: number; retryAfter: string | null; body: string } | { failure: string };

async function runProbe(probe: Probe, options: RunOptions): Promise<ProbeOutcome> {
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let last = "";
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    const answer = await send(probe, options);
    if ("failure" in answer) {
      last = answer.failure;
    } else if (answer.status === 401 || answer.status === 403) {
      throw new VerifyAuthError(answer.status);
    } else if (answer.status === 429) {
      const wait = retryAfterMs(answer.retryAfter) ?? backoffMs(attempt);
      if (wait > (options.maxRetryAfterMs ?? 60_000)) return undecided(probe, `rate limited for ${Math.ceil(wait / 1000)} s`, attempt);
      last = "rate limited (429)";
      if (attempt <= retries) await sleep(wait);
      continue;
    } else if (answer.status >= 500) {
      last = `server error (HTTP ${answer.status})`;
    } else {
      return judge(probe, answer, attempt);
    }
    if (attempt <= retries) await sleep(backoffMs(attempt));
  }
  return undecided(probe, `${last}, ${retries + 1} tries`, retries + 1);
}

async function send(probe: Probe, options: RunOptions): Promise<Answer> {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 30_000;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/+$/, "")}${probe.path}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${options.apiKey}` },
      body: JSON.stringify(probe.request),
      signal: controller.signal,
    });
    const body = await response.text();
    return { status: response.status, retryAfter: response.headers.get("retry-after"), body };
  } catch (error) {
    if (controller.signal.aborted) return { failure: `no answer within ${timeoutMs} ms` };
    // A network error's text never holds the key (it travels only in a header).
    return { failure: `network error (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    clearTimeout(timer);
  }
}

function judge(probe: Probe, answer: { status: number; body: string }, attempts: number): ProbeOutcome {
  const base = { probe, status: answer.status, attempts };
  if (answer.status >= 200 && answer.status < 300) return decide({ ...base, observed: "accepted", note: `HTTP ${answer.status}` });
  const error = readApiError(parseJson(answer.body));
  if (!error) return { ...base, verdict: "could-not-tell", observed: "other", note: `HTTP ${answer.status} with an unreadable body` };
  const refused = namesProbe(probe, error, answer.status);
  if (refused) return decide({ ...base, error, observed: "refused", note: error.message });
  return { ...base, error, verdict: "could-not-tell", observed: "other", note: `the API refused something else: ${error.message}` };
}

function decide(outcome: Omit<ProbeOutcome, "verdict">): ProbeOutcome {
  return { ...outcome, verdict: outcome.observed === outcome.probe.expect ? "agrees" : "disagrees" };
}

function undecided(probe: Probe, note: string, attempts: number): ProbeOutcome {
  return { probe, verdict: "could-not-tell", observed: "other", note, attempts };
}

/** Whether the error refuses what the probe tests (its parameter, its role, or the model on this endpoint). */
function namesProbe(probe: Probe, error: ApiError, status: number): boolean {
  const classified = classifyApiError(error);
  if (probe.rule.kind === "unserved") return status === 404 || error.code === "model_not_found" || classified.kind === "unserved";
  if (probe.rule.kind === "role") return classified.kind === "role";
  const names = new Set([...classified.params, ...(error.param ? [error.param] : [])]);
  // A request that meets no alternative of a requirement is refused as a whole: the API may name `model` rather than a parameter.
  if (probe.rule.kind === "presentAny" && names.has("model")) return true;
  const { param: parent, child } = probe.paramPath;
  return names.has(probe.param) || names.has(parent) || (child !== undefined && names.has(child));
}

function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const backoffMs = (attempt: number): number => 500 * 2 ** (attempt - 1);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
