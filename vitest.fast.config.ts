import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

/**
 * `npm run test:fast`: the unit tier for the inner loop, under 30 s on a 2-core machine. It leaves out the files
 * below, which `npm test` (the complete suite, what CI runs) keeps: each compiles with TypeScript (the 5.9/6/7 matrix,
 * tsserver, a consumer's program), sweeps OpenAI's real specs, drives a browser, builds consumer projects or
 * spawns the CLI on the real spec. To find a new slow file: `MG_TEST_TIMES=times.tsv npx vitest run --reporter=default
 * --reporter=./test/support/file-times-reporter.ts`.
 */
export const slowTests = [
  // The TypeScript compile matrix, tsserver and checker-driven tests.
  "test/diff/breaking-compile.test.ts",
  "test/e2e/union-equivalence.test.ts",
  "test/emit/param-docs.test.ts",
  "test/emit/present-rule.test.ts",
  "test/harness/harness.test.ts",
  "test/package/api-exports.test.ts",
  "test/runtime/consistency.test.ts",
  "test/sdk/builder-inference.test.ts",
  "test/sdk/sdk-compat.test.ts",
  "test/spec/hostile-compile.test.ts",
  "test/types/chat-types.test.ts",
  "test/types/editor-service.test.ts",
  "test/types/layered-types.test.ts",
  "test/write/hostile-text.test.ts",
  // Generation from the real specs (the eight-spec sweep, determinism, snapshots, reports, the CLI on them).
  "test/cli/aliases-cli.test.ts",
  "test/cli/config-cli.test.ts",
  "test/cli/generate.test.ts",
  "test/cli/readme-ci.test.ts",
  "test/config/init.test.ts",
  "test/diff/snapshot-pairs.test.ts",
  "test/e2e/all-specs.test.ts",
  "test/e2e/determinism.test.ts",
  "test/emit/chat-closure.test.ts",
  "test/learn/learn.test.ts",
  "test/overlay/aliases.test.ts",
  "test/overlay/customising-docs.test.ts",
  "test/overlay/default-overlay.test.ts",
  "test/overlay/layers.test.ts",
  "test/overlay/lazy-positions.test.ts",
  "test/report/real-specs.test.ts",
  "test/report/report-cli.test.ts",
  "test/spec/real-specs.test.ts",
  "test/verify/verify.test.ts",
  // A browser, consumer projects and packages, bundlers, killed child processes.
  "test/consumers/consumers.test.ts",
  "test/package/package.test.ts",
  "test/report/report-browser.test.ts",
  "test/runtime/treeshake.test.ts",
  "test/write/output-set.test.ts",
];

/** Files that mock modules (`vi.mock`): they need a fresh module registry, so they run isolated. */
const mockingTests = ["test/config/config-lazy-yaml.test.ts", "test/write/write-output-rename-failure.test.ts"];

// The other unit files share their workers' module registry (isolate: false), which saves a fresh import of the
// generator per file: about half the tier's time on 2 cores.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      projects: [
        { extends: true, test: { name: "unit", isolate: false, exclude: [...slowTests, ...mockingTests, "**/node_modules/**"] } },
        // Not `extends`: a project's include would add to the inherited one instead of replacing it.
        { test: { name: "unit-isolated", include: mockingTests, testTimeout: base.test?.testTimeout ?? 180_000 } },
      ],
    },
  }),
);
