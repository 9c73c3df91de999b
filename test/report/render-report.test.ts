import { createHash } from "node:crypto";
import { relative } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { report } from "../../src/index.js";
import { generatorVersion } from "../../src/input/assets.js";
import { repoRoot } from "../support/compilers.js";
import {
  attributeOf,
  capabilitiesOf,
  decode,
  inputFile,
  matrixRows,
  reportFixture,
  rowOf,
  smallChatInputs,
  smallChatPath,
  textOf,
} from "./report-support.js";

const inputs = smallChatInputs("report-chat.yaml");
const html = report(inputs).html;
const rows = matrixRows(html, "chat.completions");

describe("report > matrix rows", () => {
  test("one row per model id of the endpoint: served in spec order, then unclassified, then not served, each once", () => {
    const chat = capabilitiesOf(inputs).endpoints.find((e) => e.spec.key === "chat.completions");
    if (!chat) throw new Error("no chat endpoint");
    const expected = [
      ...chat.models.map((m) => [m.id, "served"]),
      ...chat.unclassified.map((id) => [id, "unclassified"]),
      ...chat.unserved.map((u) => [u.id, "unserved"]),
    ];
    expect(rows.map((r) => [r.model, r.status])).toStrictEqual(expected);
    expect(expected).toStrictEqual([
      ["alpha", "served"],
      ["alpha-2025-01-01", "served"],
      ["beta", "served"],
      ["delta", "unclassified"],
      ["embed-small", "unserved"],
      ["gamma", "unserved"],
    ]);
  });

  test("a column per request parameter but model, in spec order", () => {
    const head = /<thead>(.*)<\/thead>/.exec(html)?.[1] ?? "";
    const columns = [...head.matchAll(/<span>([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(columns).toStrictEqual([
      "messages",
      "temperature",
      "top_p",
      "logprobs",
      "top_logprobs",
      "reasoning_effort",
      "max_tokens",
      "max_completion_tokens",
    ]);
  });
});

describe("report > cells", () => {
  test("a model with rules > reject, role reject, values + not null, requires, default, rename, accepted", () => {
    expect(rowOf(rows, "alpha").cells).toStrictEqual([
      { kind: "k-rejected", text: "✗ system" },
      { kind: "k-narrowed", text: "1; not null" },
      { kind: "k-accepted", text: "✓" },
      { kind: "k-rejected", text: "✗" },
      { kind: "k-conditional", text: "requires logprobs=true" },
      { kind: "k-narrowed", text: "default medium" },
      { kind: "k-renamed", text: "→ max_completion_tokens" },
      { kind: "k-accepted", text: "✓" },
    ]);
  });

  test("a model without rules > every cell accepted, labelled 'no rules'", () => {
    const beta = rowOf(rows, "beta");
    expect(beta.cells.map((c) => c.kind)).toStrictEqual(Array(8).fill("k-accepted"));
    expect(beta.line).toContain("<small>no rules</small>");
  });

  test("unclassified and not-served ids > one cell across all columns saying so, with the reason", () => {
    expect(rowOf(rows, "delta").cells).toStrictEqual([
      { kind: "k-unclassified", text: "not classified by the overlay: requests are checked only against the spec" },
    ]);
    expect(rowOf(rows, "gamma").cells).toStrictEqual([{ kind: "k-unserved", text: "not served here: served only on another endpoint" }]);
    expect(rowOf(rows, "embed-small").cells).toStrictEqual([
      { kind: "k-unserved", text: "not served here: the spec does not list it for POST /chat/completions" },
    ]);
    expect(rowOf(rows, "gamma").line).toContain('colspan="8"');
  });

  test("the hover title holds the compile error's sentence, the note and the sources by title", () => {
    const temperature = /<td class="k-narrowed"[^>]*>/.exec(rowOf(rows, "alpha").line)?.[0] ?? "";
    expect(attributeOf(temperature, "title")).toBe(
      "Reasoner accepts temperature only as 1: only the default temperature\nNote: T tested 1.0\nSources: T: a test source (2025-01-21)",
    );
  });

  test("each mark links to a numbered reason that shows the reason, the note and the source links", () => {
    const cell = /<td class="k-narrowed"[^>]*>(.*?)<\/td>/.exec(rowOf(rows, "alpha").line)?.[1] ?? "";
    const target = /href="#([^"]+)"/.exec(cell)?.[1] ?? "";
    expect(cell).toContain(`aria-describedby="${target}"`);
    const entry = new RegExp(`<li id="${target}">(.*)</li>`).exec(html)?.[1] ?? "";
    expect(textOf(entry)).toBe("only the default temperature Note: T tested 1.0 T");
    expect(entry).toContain('<a href="https://example.org/t?a=1&amp;b=2" title="a test source (2025-01-21)">T</a>');
  });

  test("equal reasons share one numbered entry", () => {
    const entries = [...html.matchAll(/<li id="why-chat-completions-\d+">(.*)<\/li>/g)].map((m) => textOf(m[1] ?? ""));
    expect(new Set(entries).size).toBe(entries.length);
    expect(entries.filter((e) => e.startsWith("no token log probabilities"))).toHaveLength(1);
  });
});

describe("report > header and sources", () => {
  test("names spec and overlay by base name with sha256, the spec's version and the generator version", () => {
    const sha = (file: string) => createHash("sha256").update(inputFile(file).bytes).digest("hex");
    const meta = textOf(/<dl class="meta">([\s\S]*?)<\/dl>/.exec(html)?.[1] ?? "");
    expect(meta.split("\n")).toStrictEqual([
      "",
      "specsmall-chat.yaml version 1",
      `spec sha256${sha(smallChatPath)}`,
      "overlayreport-chat.yaml",
      `overlay sha256${sha(reportFixture("report-chat.yaml"))}`,
      `generatormodelgate ${generatorVersion()}`,
      "",
    ]);
  });

  test("never shows an absolute path", () => {
    expect(html).not.toContain(repoRoot);
  });

  test("lists every source of the overlay as a link to its URL", () => {
    const table = /<table class="sources">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
    const links = [...table.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map(([, href, key]) => [key, decode(href ?? "")]);
    expect(links).toStrictEqual([
      ["SPEC", "https://example.org/spec"],
      ["T", "https://example.org/t?a=1&b=2"],
    ]);
  });
});

describe("report > self-contained and deterministic", () => {
  test("no external resource: no src, no stylesheet link, a CSP that allows only the one inline script by hash", () => {
    expect(html).not.toMatch(/\ssrc=|<link|@import|url\(/i);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
    expect(scripts).toHaveLength(1);
    const hash = createHash("sha256")
      .update(scripts[0] ?? "")
      .digest("base64");
    const csp = attributeOf(/<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html)?.[0] ?? "", "content");
    expect(csp).toBe(`default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`);
  });

  test("the same inputs give the same bytes, whether the paths are absolute or relative", () => {
    const again = report(smallChatInputs("report-chat.yaml")).html;
    expect(again).toBe(html);
    const relativeInputs = {
      spec: { ...inputFile(smallChatPath), file: relative(process.cwd(), smallChatPath) },
      overlay: { ...inputFile(reportFixture("report-chat.yaml")), file: relative(process.cwd(), reportFixture("report-chat.yaml")) },
    };
    expect(report(relativeInputs).html).toBe(html);
  });

  test("does not depend on the clock", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2001-02-03T04:05:06Z"));
      const early = report(smallChatInputs("report-chat.yaml")).html;
      vi.setSystemTime(new Date("2099-12-31T23:59:59Z"));
      expect(report(smallChatInputs("report-chat.yaml")).html).toBe(early);
      expect(early).toBe(html);
    } finally {
      vi.useRealTimers();
    }
  });
});
