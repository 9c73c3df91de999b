import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, describe, expect, test } from "vitest";
import type { EndpointCapabilities } from "../../src/capabilities/capability-model.js";
import { report } from "../../src/index.js";
import { tempDir } from "../support/temp-dir.js";
import { capabilitiesOf, inputFile, newestSpec, smallChatInputs } from "./report-support.js";

/** Debian's chromium, which `npm test` installs (scripts/ensure-chromium.sh). Flags keep it from reaching for the network this machine lacks. */
const chromiumPath = "/usr/bin/chromium";
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let launched: Promise<Browser> | undefined;

/** The browser, launched once; every test fails with this message when chromium is missing (never skips). */
function browser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `the report's browser test needs Debian's chromium at ${chromiumPath}: run sh scripts/ensure-chromium.sh (npm test does)`,
    );
  }
  launched ??= chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs, timeout: 60_000 });
  return launched;
}

afterAll(async () => {
  await (await launched)?.close();
});

/** Writes the page to a temp folder and opens it from file://, collecting console errors, page errors and dialogs. */
async function openPage(html: string): Promise<{ page: Page; problems: string[]; dir: string }> {
  const dir = tempDir("modelgate-report-");
  const file = join(dir, "report.html");
  writeFileSync(file, html);
  const page = await (await browser()).newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    if (!request.url().startsWith("file:")) problems.push(`request: ${request.url()}`);
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  return { page, problems, dir };
}

describe("report > in a headless browser", () => {
  const inputs = { spec: inputFile(newestSpec) };
  const model = capabilitiesOf(inputs);
  const chat = model.endpoints.find((e) => e.spec.key === "chat.completions") as EndpointCapabilities;

  test("the newest spec with the default overlay > renders without errors, a row per model, reasons on hover, source links, a screenshot", async () => {
    expect(chat, "the default overlay covers chat.completions").toBeDefined();
    const { page, problems, dir } = await openPage(report(inputs).html);
    try {
      const table = page.locator('table[data-endpoint="chat.completions"]');
      await expect.poll(() => table.isVisible()).toBe(true);

      const served = await table
        .locator('tbody tr[data-status="served"]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-model")));
      expect(served).toStrictEqual(chat.models.map((m) => m.id));
      const all = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-model")));
      expect(all).toStrictEqual(rowIds(chat));

      const { id, param, reason } = firstRejection(chat);
      const columns = await table.locator("thead th").allTextContents();
      const column = columns.indexOf(param);
      expect(column, `column ${param}`).toBeGreaterThan(0);
      const cell = table.locator(`tbody tr[data-model="${id}"] > *`).nth(column);
      await cell.hover();
      expect(await cell.getAttribute("title")).toContain(reason);
      expect(await cell.textContent()).toBe("✗");

      const hrefs = await page.locator("table.sources a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const urls = Object.values(model.sources).map((s) => s.url);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(urls.map((u) => new URL(u).href)).toContain(href);
      expect(await page.locator("ol.why a[href^='http']").count()).toBeGreaterThan(0);

      const shot = join(dir, "report.png");
      await page.screenshot({ path: shot, fullPage: false });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      expect(readFileSync(shot).subarray(0, 8)).toStrictEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(problems).toStrictEqual([]);
    } finally {
      await page.close();
    }
  });

  test("the filter box hides the rows whose model id does not match", async () => {
    const { page, problems } = await openPage(report(inputs).html);
    try {
      const needle = (chat.models[0]?.id ?? "").slice(0, 5);
      const rows = page.locator('table[data-endpoint="chat.completions"] tbody tr:visible');
      const expected = rowIds(chat).filter((m) => m.includes(needle));
      expect(expected.length).toBeGreaterThan(1);
      expect(expected.length).toBeLessThan(rowIds(chat).length);
      await page.fill("#filter", needle);
      expect(await rows.evaluateAll((shown) => shown.map((r) => r.getAttribute("data-model")))).toStrictEqual(expected);
      await page.fill("#filter", "");
      expect(await rows.count()).toBe(rowIds(chat).length);
      expect(problems).toStrictEqual([]);
    } finally {
      await page.close();
    }
  });

  test("a hostile overlay > its texts show as text: no injected element runs or renders", async () => {
    const { page, problems } = await openPage(report(smallChatInputs("hostile.yaml")).html);
    try {
      expect(await page.locator("img").count()).toBe(0);
      expect(await page.locator("script").count()).toBe(1);
      expect(await page.locator('tr[data-model="alpha"] small').textContent()).toBe("<img src=x onerror=alert('label')>");
      expect(await page.locator("ol.why li").allTextContents()).toContain(`<script>alert("reason")</script> EVIL`);
      expect(await page.title()).toBe("modelgate capability report: small-chat.yaml");
      expect(problems).toStrictEqual([]);
    } finally {
      await page.close();
    }
  });
});

/** The ids of the endpoint's rows: served, unclassified, not served. */
function rowIds(endpoint: EndpointCapabilities): string[] {
  return [...endpoint.models.map((m) => m.id), ...endpoint.unclassified, ...endpoint.unserved.map((u) => u.id)];
}

/** The first rejected parameter (without rename) of the first profile that has one, with a model that uses it. */
function firstRejection(endpoint: EndpointCapabilities): { id: string; param: string; reason: string } {
  for (const profile of endpoint.profiles) {
    const found = Object.entries(profile.params).find(([, verdict]) => verdict.rules[0]?.kind === "reject" && !verdict.rules[0].rename);
    const id = endpoint.models.find((m) => m.profile === profile.name)?.id;
    if (found && id) return { id, param: found[0], reason: found[1].reason };
  }
  throw new Error("the default overlay rejects no parameter");
}
