import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
/** Where the documents' examples are written as files for the type-checker (ignored by git). */
export const DOC_BLOCK_DIR = join(ROOT, "test", ".out", "doc-blocks");

/** One ```ts block of README.md or of a page in docs/, written as a checkable file. */
export interface DocBlock {
  readonly file: string;
  /** The Markdown file it comes from, relative to the repository: `README.md`, `docs/cost.md`. */
  readonly source: string;
  /** Line in `source` of each line of `file` (0 for the lines of the prelude). */
  readonly lines: readonly number[];
  /** Lines of `source` that must fail to compile: marked `// ❌ …` or `// error …`, or followed by `// error …` / `// Type '…`. */
  readonly expectedErrors: readonly number[];
  /**
   * The block augments `Register` (loose mode), imports the records module (exact records) or the AI SDK
   * registration (strict SDK model ids), which
   * would change every other block's types, so it is checked in a program of its own.
   */
  readonly ownProgram: boolean;
}

/** What a document's import names, and the module in this repository that stands for it. */
const SPECIFIERS: Record<string, string> = {
  "llm-catalog": "runtime/index.js",
  "llm-catalog/runtime": "runtime/core.js",
  "llm-catalog/create": "runtime/create/index.js",
  "llm-catalog/config": "generator/config/define-config.js",
  "llm-catalog/catalog": "generated/model-catalog.js",
  "llm-catalog/records": "generated/records.js",
  "llm-catalog/ai-sdk": "runtime/ai-sdk/index.js",
  "llm-catalog/ai-sdk/register": "runtime/ai-sdk/register.js",
  "llm-catalog/ai-sdk/openai-compatible": "runtime/ai-sdk/openai-compatible.js",
  // A team's generated catalog has the default catalog's API, so the default stands in for it.
  "./catalog/index.js": "runtime/index.js",
};

/** Undeclared names the examples use for values a reader has at hand, declared with a plausible type. */
const PLACEHOLDERS: Record<string, string> = {
  someString: "string",
  text: "string",
  url: "string",
  body: "string",
  schema: '{ type: "object"; properties: Record<string, unknown> }',
  messages: '{ role: "user"; content: string }[]',
  tool: '{ type: "function"; function: { name: string; parameters: Record<string, unknown> } }',
};

/** README.md, then every Markdown page under docs/ in path order. */
export function documentFiles(): string[] {
  const pages = (readdirSync(join(ROOT, "docs"), { recursive: true, encoding: "utf8" }) as string[])
    .filter((p) => p.endsWith(".md"))
    .map((p) => `docs/${p.split("\\").join("/")}`)
    .sort();
  return ["README.md", ...pages];
}

function specifierFor(specifier: string, fromDir: string): string {
  const providers = /^llm-catalog\/providers\/([^/]+)$/.exec(specifier);
  const target = providers ? `generated/providers/${providers[1]}.js` : SPECIFIERS[specifier];
  if (target === undefined) return specifier;
  return relative(fromDir, join(ROOT, target)).split("\\").join("/");
}

/** Names the package root exports as types, read from the generated catalog and the runtime re-exports. */
function exportedTypeNames(): Set<string> {
  const names = new Set<string>();
  for (const file of ["generated/types.ts", "generated/requests.ts", "generated/index.ts"]) {
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
 * Writes every ```ts block of README.md and of docs/**\/*.md as a module: its own imports (and module
 * augmentations) pointed at this repository's sources, or else imports of the package-root names it
 * uses, plus declarations of placeholder values.
 */
export function writeDocBlocks(valueNames: readonly string[]): DocBlock[] {
  rmSync(DOC_BLOCK_DIR, { recursive: true, force: true });
  mkdirSync(DOC_BLOCK_DIR, { recursive: true });
  const typeNames = exportedTypeNames();
  const blocks: DocBlock[] = [];
  for (const source of documentFiles()) {
    const doc = readFileSync(join(ROOT, source), "utf8").split("\n");
    for (let start = 0; start < doc.length; start++) {
      if (doc[start] !== "```ts") continue;
      let end = start + 1;
      while (end < doc.length && doc[end] !== "```") end++;
      if (end === doc.length) throw new Error(`${source}:${start + 1}: a \`\`\`ts block is never closed`);
      const body = doc.slice(start + 1, end);
      start = end;
      const text = body.join("\n");
      const used = new Set(
        text
          .replace(/\/\/.*$/gm, "")
          .replace(/"[^"]*"/g, "")
          .match(/[A-Za-z_$][\w$]*/g) ?? [],
      );
      const prelude: string[] = [];
      if (!/^import /m.test(text)) {
        const values = valueNames.filter((n) => used.has(n));
        const types = [...typeNames].filter((n) => used.has(n) && !values.includes(n)).sort();
        const names = [...values, ...types.map((t) => `type ${t}`)];
        if (names.length > 0) prelude.push(`import { ${names.join(", ")} } from "${specifierFor("llm-catalog", DOC_BLOCK_DIR)}";`);
      }
      for (const [name, type] of Object.entries(PLACEHOLDERS)) {
        const declared = new RegExp(`\\b(const|let|function|type) ${name}\\b`).test(text);
        if (used.has(name) && !declared) prelude.push(`declare const ${name}: ${type};`);
      }
      prelude.push("export {};");
      const code = body.map((line) =>
        line.replace(/\b(from|declare module|import) "([^"]+)"/g, (_, keyword: string, spec: string) => `${keyword} "${specifierFor(spec, DOC_BLOCK_DIR)}"`),
      );
      const firstLine = start - body.length + 1; // line (1-based) of the block's first line in `source`
      const file = join(DOC_BLOCK_DIR, `${source.replace(/\.md$/, "").replace(/[^A-Za-z0-9]+/g, "-")}-line-${firstLine - 1}.ts`);
      writeFileSync(file, `${[...prelude, ...code].join("\n")}\n`);
      blocks.push({
        file,
        source,
        lines: [...prelude.map(() => 0), ...body.map((_, i) => firstLine + i)],
        expectedErrors: body.flatMap((_, i) => (isExpectedError(body, i) ? [firstLine + i] : [])),
        ownProgram: /^\s*declare module /m.test(text) || /^import "llm-catalog\/(records|ai-sdk\/register)";/m.test(text),
      });
    }
  }
  return blocks;
}
