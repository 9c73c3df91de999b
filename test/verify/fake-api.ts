import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type EndpointTable, validateWith } from "../../templates/runtime.js";

/**
 * A loopback server that answers like OpenAI's API: 400 bodies in its error format, with its wording, from a truth
 * table (the overlay's own runtime table, with planted differences), plus the faults a client must survive:
 * 429 with Retry-After, 500s, a request that never answers, a body that is not JSON. Listens on 127.0.0.1 only.
 */
export interface FakeApiOptions {
  /** Endpoint path (`/chat/completions`) → its runtime table. */
  tables: Record<string, { key: string; table: EndpointTable }>;
  /** `model param` pairs the real API accepts although the overlay refuses them (the planted disagreements). */
  accepts?: string[];
  /** `model param=value` the real API refuses although the overlay accepts it. */
  refuses?: string[];
  /** Per parameter: how the server misbehaves for a request that carries it. */
  faults?: Record<string, "429-once" | "500-twice" | "500-always" | "hang" | "garbage">;
}

export interface FakeApi {
  url: string;
  /** Every request received: its model, its authorization header, its parameters. */
  seen: { model: unknown; authorization: string | undefined; keys: string[] }[];
  close(): Promise<void>;
}

export async function startFakeApi(options: FakeApiOptions): Promise<FakeApi> {
  const seen: FakeApi["seen"] = [];
  const counts = new Map<string, number>();
  const hung: ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    readBody(req).then((text) => {
      const body = JSON.parse(text) as Record<string, unknown>;
      seen.push({ model: body.model, authorization: req.headers.authorization, keys: Object.keys(body) });
      const path = (req.url ?? "").replace(/^\/v1/, "");
      const fault = Object.entries(options.faults ?? {}).find(([param]) => param in body)?.[1];
      const count = (counts.get(`${path} ${fault} ${text}`) ?? 0) + 1;
      counts.set(`${path} ${fault} ${text}`, count);
      if (fault === "hang") return void hung.push(res);
      if (fault === "429-once" && count === 1) return send(res, 429, { error: { message: "Rate limit reached" } }, { "retry-after": "0" });
      if ((fault === "500-twice" && count <= 2) || fault === "500-always") return send(res, 500, { error: { message: "server error" } });
      if (fault === "garbage") return void res.writeHead(400, { "content-type": "application/json" }).end("<html>oops");
      answer(res, path, body, options);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(res: ServerResponse, path: string, body: Record<string, unknown>, options: FakeApiOptions): true {
  const entry = options.tables[path];
  if (!entry) return send(res, 404, { error: { message: `no route ${path}`, type: "invalid_request_error" } });
  const model = String(body.model);
  if (Object.hasOwn(entry.table.unserved, model))
    return send(res, 404, {
      error: {
        message: `The model '${model}' does not exist or you do not have access to it.`,
        type: "invalid_request_error",
        code: "model_not_found",
      },
    });
  const planted = (options.refuses ?? []).find((r) => {
    const [m, pair = ""] = r.split(" ");
    const [param = "", value] = pair.split("=");
    return m === model && param in body && JSON.stringify(body[param]) === value;
  });
  if (planted) {
    const param = planted.split(" ")[1]?.split("=")[0] ?? "";
    return send(res, 400, unsupportedValue(param, body[param]));
  }
  const result = validateWith(entry.table, entry.key, body);
  // The fake API is the overlay as written: what an unverified rule (inferred evidence) only warns about, it refuses.
  const found = [...(result.ok ? [] : result.problems), ...(result.warnings ?? [])];
  const problems = found.filter((p) => !(options.accepts ?? []).includes(`${model} ${p.param}`));
  const first = problems[0];
  if (!first) return send(res, 200, { id: "ok", object: "response", model });
  return send(res, 400, errorFor(entry.table, model, first.param, body));
}

/** The API's wording for the kind of rule the problem comes from. */
function errorFor(table: EndpointTable, model: string, param: string, body: Record<string, unknown>): object {
  const role = /^messages\[(\d+)\]\.role$/.exec(param);
  if (role) return unsupportedValue(param, (body.messages as { role: string }[])[Number(role[1])]?.role ?? "", true);
  const profile = table.profiles[table.models[model] ?? ""];
  const rule = profile?.params[param];
  const value = body[param];
  if (rule?.kind === "reject")
    return {
      error: {
        message: `Unsupported parameter: '${param}' is not supported with this model.`,
        type: "invalid_request_error",
        param,
        code: "unsupported_parameter",
      },
    };
  if (value === null)
    return {
      error: {
        message: `Invalid type for '${param}': expected an unsupported value, but got null instead.`,
        type: "invalid_request_error",
        param,
        code: "invalid_type",
      },
    };
  if (rule?.requires && !(rule.values && !rule.values.includes(value as never)))
    return {
      error: {
        message: `The '${param}' parameter is only allowed when '${rule.requires.param}' is enabled.`,
        type: "invalid_request_error",
        param,
      },
    };
  return unsupportedValue(param, value);
}

function unsupportedValue(param: string, value: unknown, quoted = false): object {
  const shown = quoted ? `'${String(value)}'` : JSON.stringify(value);
  return {
    error: {
      message: `Unsupported value: '${param}' does not support ${shown} with this model.`,
      type: "invalid_request_error",
      param,
      code: "unsupported_value",
    },
  };
}

function send(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): true {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
  return true;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}
