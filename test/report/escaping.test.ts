import { describe, expect, test } from "vitest";
import { report } from "../../src/index.js";
import { attr, escapeHtml, link, safeHref } from "../../src/report/html.js";
import { attributeOf, matrixRows, rowOf, smallChatInputs, textOf } from "./report-support.js";

describe("report > html helpers", () => {
  test.each([
    ["<script>", "&lt;script&gt;"],
    [`"quoted" & 'single'`, "&quot;quoted&quot; &amp; &#39;single&#39;"],
    ["&amp;", "&amp;amp;"],
    ["plain", "plain"],
  ])("escapeHtml(%j) is %j", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  test("attr escapes quotes and writes line breaks as &#10;, and leaves out an undefined value", () => {
    expect(attr("title", `a "b"\nc`)).toBe(' title="a &quot;b&quot;&#10;c"');
    expect(attr("title", undefined)).toBe("");
  });

  test.each([
    ["https://example.org/x?a=1&b=2", "https://example.org/x?a=1&b=2"],
    ["http://example.org", "http://example.org"],
    ["  https://example.org/padded  ", "https://example.org/padded"],
    ["javascript:alert(1)", undefined],
    ["JavaScript:alert(1)", undefined],
    ["data:text/html,<script>alert(1)</script>", undefined],
    ["//example.org/protocol-relative", undefined],
    ["https://example.org/has space", undefined],
    ["", undefined],
  ])("safeHref(%j) is %j", (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });

  test("link makes an unsafe URL plain text", () => {
    expect(link("K", "javascript:alert(1)", "t")).toBe('<span title="t">K</span>');
    expect(link("K", "https://example.org/", "t")).toBe('<a href="https://example.org/" title="t">K</a>');
  });
});

/** Every element and attribute the renderer itself writes. */
const ownElements = new Set(
  "html head meta title style body h1 h2 h3 dl dt dd div label input ul ol li p section span code table thead tbody tr th td small a br script".split(
    " ",
  ),
);
const ownAttributes = new Set(
  "lang charset http-equiv content name id class title href aria-describedby aria-label scope colspan tabindex type placeholder autocomplete data-endpoint data-model data-status".split(
    " ",
  ),
);

describe("report > hostile overlay text", () => {
  const { html } = report(smallChatInputs("hostile.yaml"));

  test("no markup of the overlay survives: only our own elements and attributes, one script, no javascript: link", () => {
    const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)];
    const elements = new Set(tags.map((t) => t[1]?.toLowerCase()));
    const attributes = new Set(
      tags.flatMap((t) => [...(t[2] ?? "").replace(/"[^"]*"/g, '""').matchAll(/\s([\w-]+)=/g)].map((a) => a[1]?.toLowerCase())),
    );
    expect([...elements].filter((e) => !ownElements.has(e ?? ""))).toStrictEqual([]);
    expect([...attributes].filter((a) => !ownAttributes.has(a ?? ""))).toStrictEqual([]);
    expect([...html.matchAll(/<script/g)]).toHaveLength(1);
    expect(html).not.toMatch(/href="\s*javascript:/i);
  });

  test("the hostile texts are shown as text, exactly", () => {
    const alpha = rowOf(matrixRows(html, "chat.completions"), "alpha");
    expect(alpha.line).toContain("<small>&lt;img src=x onerror=alert(&#39;label&#39;)&gt;</small>");
    const temperature = /<td class="k-narrowed"[^>]*>/.exec(alpha.line)?.[0] ?? "";
    expect(attributeOf(temperature, "title")).toBe(
      `<img src=x onerror=alert('label')> accepts temperature only as 1: " onmouseover="alert('attr')" x="\n` +
        `Note: a & b < c </td></tr></table>\nSources: Q: a "quoted" 'title'`,
    );
    const reasons = [...html.matchAll(/<li id="why-chat-completions-\d+">(.*)<\/li>/g)].map((m) => textOf(m[1] ?? ""));
    expect(reasons).toContain(`<script>alert("reason")</script> EVIL`);
  });

  test("a javascript: source URL is no link; a URL with quotes stays inside its attribute", () => {
    expect(html).toContain(`<span title="&lt;/title&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;">EVIL</span>`);
    expect(html).toContain(`<a href="https://example.org/q?x=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`);
  });
});
