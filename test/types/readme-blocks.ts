import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
/** Where the README's examples are written as files for the type-checker (ignored by git). */
export const README_BLOCK_DIR = join(ROOT, "test", ".out", "readme");

/** One ```ts block of the README written as a checkable file. */
export interface ReadmeBlock {
  readonly file: string;
  /** README line of each line of `file` (0 for the lines of the prelude). */
  readonly readmeLines: readonly number[];
  /** README lines that must fail to compile: marked `// ❌ …` or `// error …`, or followed by `// error …` / `// Type '…`. */
  readonly expectedErrors: readonly number[];
}

/** What a README import names, and the module in this repository that stands for it. */
const SPECIFIERS: Record<string, string> = {
  "llm-catalog": "runtime/index.js",
  "llm-catalog/runtime": "runtime/core.js",
  "llm-catalog/config": "generator/config/define-config.js",
  // A team's generated catalog has the default catalog's API, so the default stands in for it.
  "./catalog/index.js": "runtime/index.js",
};

/** Undeclared names the examples use for values a reader has at hand, declared with a plausible type. */
const PLACEHOLDERS: Record<string, string> = {
  someString: "string",
  text: "string",
  url: "string",
  body: "string",
  schema: "{ type: \"object\"; properties: Record<string, unknown> }",
  messages: "{ role: \"user\"; content: string }[]",
  tool: "{ type: \"function\"; function: { name: string; parameters: Record<string, unknown> } }",
};

function specifierFor(specifier: string, fromDir: string): string {
  const providers = /^llm-catalog\/providers\/([^/]+)$/.exec(specifier);
  const target = providers ? `generated/providers/${providers[1]}.js` : SPECIFIERS[specifier];
  if (target === undefined) return specifier;
  return relative(fromDir, join(ROOT, target)).split("\\").join("/");
}

/** Names the package root exports as types, read from the generated catalog and the runtime re-exports. */
function exportedTypeNames(): Set<string> {
  const names = new Set<string>();
  for (const file of ["generated/types.ts", "generated/requests.ts", "generated/model-catalog.ts", "generated/index.ts"]) {
    const text = readFileSync(join(ROOT, file), "utf8");
    for (const m of text.matchAll(/^export (?:type|interface) (\w+)/gm)) names.add(m[1]!);
    for (const m of text.matchAll(/^export type \{([^}]+)\} from/gm)) for (const n of m[1]!.split(",")) names.add(n.trim());
  }
  return names;
}

function isExpectedError(lines: readonly string[], i: number): boolean {
  // Strings first, so "https://…" is not taken for a comment.
  const code = lines[i]!.replace(/^\s*\/\/.*$/, "").replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const trailing = /\/\/\s*(.*)$/.exec(code);
  if (trailing && /^(❌|error)/.test(trailing[1]!)) return true;
  const next = lines[i + 1];
  return lines[i]!.trim() !== "" && !lines[i]!.trim().startsWith("//") && next !== undefined && /^\s*\/\/ (error|Type ')/.test(next);
}

/**
 * Writes every ```ts block of README.md as a module: its own imports pointed at this repository's
 * sources, or else imports of the package-root names it uses, plus declarations of placeholder values.
 */
export function writeReadmeBlocks(valueNames: readonly string[]): ReadmeBlock[] {
  rmSync(README_BLOCK_DIR, { recursive: true, force: true });
  mkdirSync(README_BLOCK_DIR, { recursive: true });
  const readme = readFileSync(join(ROOT, "README.md"), "utf8").split("\n");
  const typeNames = exportedTypeNames();
  const blocks: ReadmeBlock[] = [];
  for (let start = 0; start < readme.length; start++) {
    if (readme[start] !== "```ts") continue;
    let end = start + 1;
    while (readme[end] !== "```") end++;
    const body = readme.slice(start + 1, end);
    start = end;
    const source = body.join("\n");
    const used = new Set(source.replace(/\/\/.*$/gm, "").replace(/"[^"]*"/g, "").match(/[A-Za-z_$][\w$]*/g) ?? []);
    const prelude: string[] = [];
    if (!/^import /m.test(source)) {
      const values = valueNames.filter((n) => used.has(n));
      const types = [...typeNames].filter((n) => used.has(n) && !values.includes(n)).sort();
      const names = [...values, ...types.map((t) => `type ${t}`)];
      if (names.length > 0) prelude.push(`import { ${names.join(", ")} } from "${specifierFor("llm-catalog", README_BLOCK_DIR)}";`);
    }
    for (const [name, type] of Object.entries(PLACEHOLDERS)) {
      const declared = new RegExp(`\\b(const|let|function|type) ${name}\\b`).test(source);
      if (used.has(name) && !declared) prelude.push(`declare const ${name}: ${type};`);
    }
    prelude.push("export {};");
    const code = body.map((line) => line.replace(/from "([^"]+)"/, (_, spec: string) => `from "${specifierFor(spec, README_BLOCK_DIR)}"`));
    const file = join(README_BLOCK_DIR, `readme-line-${start - body.length}.ts`);
    writeFileSync(file, `${[...prelude, ...code].join("\n")}\n`);
    const firstLine = start - body.length + 1; // README line (1-based) of the block's first line
    blocks.push({
      file,
      readmeLines: [...prelude.map(() => 0), ...body.map((_, i) => firstLine + i)],
      expectedErrors: body.flatMap((_, i) => (isExpectedError(body, i) ? [firstLine + i] : [])),
    });
  }
  return blocks;
}
