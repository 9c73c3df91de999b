import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { repoRoot } from "../support/compilers.js";
import { tempDir } from "../support/temp-dir.js";

// `npm test` on a fresh machine: scripts/ensure-chromium.sh installs the browser the report test needs, or says how.
const script = join(repoRoot, "scripts", "ensure-chromium.sh");

interface Machine {
  uid: number;
  aptGet: boolean;
  sudo?: boolean;
}

/** Runs the script with only stub commands on PATH: `id`, maybe `apt-get` (logs its arguments, installs) and `sudo`. */
function runScript(machine: Machine, present = false) {
  const dir = tempDir();
  const chromium = join(dir, "chromium");
  const log = join(dir, "apt.log");
  if (present) writeFileSync(chromium, "");
  if (present) chmodSync(chromium, 0o755);
  const stub = (name: string, body: string): void => {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  };
  stub("id", `echo ${machine.uid}`);
  if (machine.aptGet) stub("apt-get", `echo "$*" >> ${log}\ncase "$1" in install) : > ${chromium}; /bin/chmod 755 ${chromium};; esac`);
  if (machine.sudo) stub("sudo", `[ "$1" = -n ] && shift; [ "$1" = true ] && exit 0; exec "$@"`);
  const run = spawnSync("/bin/sh", [script], { env: { PATH: dir, MODELGATE_CHROMIUM: chromium }, encoding: "utf8" });
  return { code: run.status, err: run.stderr, apt: existsSync(log) ? readFileSync(log, "utf8") : "", installed: existsSync(chromium) };
}

describe("scripts/ensure-chromium.sh", () => {
  test("chromium present > exit 0, apt-get not called", () => {
    expect(runScript({ uid: 1000, aptGet: true }, true)).toMatchObject({ code: 0, apt: "", err: "" });
  });

  test("missing, as root > installs Debian's chromium with apt-get, exit 0", () => {
    const run = runScript({ uid: 0, aptGet: true });
    expect(run).toMatchObject({ code: 0, installed: true });
    expect(run.apt).toBe("install -y --no-install-recommends chromium\n");
  });

  test("missing, not root, passwordless sudo > installs through sudo, exit 0", () => {
    const run = runScript({ uid: 1000, aptGet: true, sudo: true });
    expect(run).toMatchObject({ code: 0, installed: true, apt: "install -y --no-install-recommends chromium\n" });
  });

  test("missing, not root, no sudo > exit 1 with the command to run, apt-get not called", () => {
    const run = runScript({ uid: 1000, aptGet: true });
    expect(run).toMatchObject({ code: 1, apt: "", installed: false });
    expect(run.err).toContain("installing it needs root: run 'sudo apt-get install -y --no-install-recommends chromium' once");
  });

  test("missing, no apt-get > exit 1 saying so", () => {
    const run = runScript({ uid: 0, aptGet: false });
    expect(run.code).toBe(1);
    expect(run.err).toContain("there is no apt-get (not Debian or Ubuntu)");
  });

  test("the README's test command runs it: npm test starts with the script, and .ci/run installs no browser of its own", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toMatch(/^sh scripts\/ensure-chromium\.sh && /);
    expect(readFileSync(join(repoRoot, ".ci", "run"), "utf8")).not.toContain("apt-get");
    expect(readFileSync(join(repoRoot, "README.md"), "utf8")).toContain("npm ci && npm test");
  });
});
