import { readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Node, Project } from "ts-morph";
import { describe, expect, test } from "vitest";
import { compileFixtures } from "../support/compile-fixtures.js";
import { repoRoot } from "../support/compilers.js";
import { tempDir } from "../support/temp-dir.js";

// Each endpoint's union writes a model family's cases out as interfaces (`<Family>…Request<Case> extends <Core>`),
// for check speed. They must accept exactly the requests that the intersection form accepts:
// `({ model } & <Family>…Params)`, where the params alias is `Core & (If… | Unless…) & …`. This compiles, for every
// union of the committed output, the two forms against each other in both directions.
const generated = join(repoRoot, "generated");

interface Union {
  module: string;
  name: string;
  /** The union as written, and as the intersection form. */
  members: string[];
  intersections: string[];
}

/** Each endpoint's union, read from the committed declarations with ts-morph (the printer writes a member per line). */
function unions(): Union[] {
  const project = new Project({ useInMemoryFileSystem: true });
  return readdirSync(generated)
    .filter((file) => file.endsWith(".types.gen.d.ts"))
    .sort()
    .flatMap((file) => {
      const source = project.createSourceFile(file, readFileSync(join(generated, file), "utf8"));
      const alias = source.getTypeAliases().find((a) => a.isExported() && /^Create\w+$/.test(a.getName()));
      const node = alias?.getTypeNode();
      if (!alias || !node) return [];
      const members = Node.isUnionTypeNode(node) ? node.getTypeNodes().map((t) => t.getText()) : [node.getText()];
      // One intersection per family (its cases share the family's model ids); other members stay as they are.
      const byFamily = new Map<string, string>();
      for (const member of members) {
        const family = /^(\w+?)Request\w*$/.exec(member)?.[1];
        const key = family ?? member;
        if (!byFamily.has(key)) byFamily.set(key, family ? `({ model: ${member}["model"] } & ${family}Params)` : member);
      }
      const module = `./generated/${file.replace(/\.d\.ts$/, ".js")}`;
      return [{ module, name: alias.getName(), members, intersections: [...byFamily.values()] }];
    });
}

function probe(list: Union[]): string {
  const names = (u: Union): string[] => [
    ...new Set([...`${u.members.join(" ")} ${u.intersections.join(" ")}`.matchAll(/\b([A-Z]\w*)\b/g)].map((m) => m[1] ?? "")),
  ];
  const lines = list.flatMap((u) => {
    const types = names(u).filter((n) => !["UnknownModel"].includes(n));
    return [
      `import type { ${types.join(", ")} } from "${u.module}";`,
      `type ${u.name}Written = ${u.members.join(" | ")};`,
      `type ${u.name}Intersected = ${u.intersections.join(" | ")};`,
      `export const ${u.name}WrittenIsIntersected: [${u.name}Written] extends [${u.name}Intersected] ? true : false = true;`,
      `export const ${u.name}IntersectedIsWritten: [${u.name}Intersected] extends [${u.name}Written] ? true : false = true;`,
    ];
  });
  return ['import type { UnknownModel } from "./generated/brand.gen.js";', ...lines, ""].join("\n");
}

describe("the union's interface members", () => {
  const list = unions();

  test("are found for every covered endpoint, and the chat union has per-case members", () => {
    expect(list.map((u) => u.name)).toContain("CreateChatCompletionRequest");
    expect(list.length).toBe(9);
    const chat = list.find((u) => u.name === "CreateChatCompletionRequest");
    expect(chat && chat.members.length > chat.intersections.length).toBe(true);
  });

  test("accept the same requests as the intersection form, both ways, under TypeScript 5.9, 6 and 7", async () => {
    const dir = tempDir("modelgate-union-equivalence-");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(join(dir, "probe.ts"), probe(list));
    symlinkSync(generated, join(dir, "generated"), "dir");
    const failures = await compileFixtures({ dir, files: ["probe.ts"], compilerOptions: { lib: ["ES2022", "DOM"] } });
    expect(Object.fromEntries(failures)).toStrictEqual({ ts5: [], ts6: [], ts7: [] });
  }, 120_000);
});
