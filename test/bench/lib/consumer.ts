// The consumer project of section 3: 50 `model(...)` specs, 10 `select` and 10 `buildRequest`
// calls, against an empty baseline project; and the 50-request file of section 4. The calls are
// chosen from a catalog once and written against any compiled copy of the package (the scale
// section reuses the 1× consumer, so every size checks the same file).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportNameOf } from "../../../generator/emit/export-name.js";
import type { Provider } from "../../../runtime/types.js";
import { requestLines, SCHEMA_LINE, type CatalogView } from "./requests.js";

/** The root API the consumer is chosen from (any generated catalog's index). */
export interface ConsumerCatalog extends CatalogView {
  providers(): readonly Provider[];
}

/** The calls of the consumer files, independent of where the package is. */
export interface ConsumerCalls {
  readonly specs: readonly string[];
  readonly selects: readonly string[];
  readonly requests: readonly string[];
  readonly requests50: readonly string[];
  /** The provider of the provider-first completion, and its helper's name (`openai`). */
  readonly helperProvider: string;
  readonly helper: string;
}

/** Picks the calls: specs spread evenly over the catalog's order, so they come from many providers. */
export function consumerCalls(catalog: ConsumerCatalog): ConsumerCalls {
  const all = catalog.models();
  const specs = Array.from({ length: Math.min(50, all.length) }, (_, i) => all[Math.floor((i * all.length) / Math.min(50, all.length))]!.spec);
  const ids = catalog.providers().map((p) => p.id);
  const [p0, p1, p2] = [ids[0]!, ids[1 % ids.length]!, ids[2 % ids.length]!].map((p) => JSON.stringify(p));
  const selects = [
    `{ require: ["tools"] }`,
    `{ require: ["tools", "vision"] }`,
    `{ require: ["reasoning"], prefer: [${p0}, ${p1}] }`,
    `{ require: { tools: true, vision: false } }`,
    `{ require: ["embedding"] }`,
    `{ forbid: ["deprecated"], scope: ${p0} }`,
    `{ require: ["chat", "tools"], forbid: ["deprecated"], prefer: [${p1}] }`,
    `{ require: ["pdfInput"] }`,
    `{ scope: [${p0}, ${p1}] }`,
    `{ require: ["imageOutput"], prefer: [${p2}] }`,
  ];
  const helperProvider = ids.includes("openai") ? "openai" : ids[0]!;
  return { specs, selects, requests: requestLines(catalog, 10), requests50: requestLines(catalog, 50), helperProvider, helper: exportNameOf(helperProvider) };
}

/** The consumer file importing the package root at `importPath` (a `.js` path next to its `.d.ts`). */
export function consumerText(importPath: string, c: ConsumerCalls): string {
  return [
    // The provider helper is imported for the provider-first completion figure; unused otherwise.
    `import { buildRequest, model, select, ${c.helper} } from ${JSON.stringify(importPath)};`,
    SCHEMA_LINE,
    ...c.specs.map((s, i) => `export const m${i} = model(${JSON.stringify(s)});`),
    ...c.selects.map((q, i) => `export const s${i} = select(${q});`),
    ...c.requests,
    "",
  ].join("\n");
}

/** The 50-request file of the diagnostics figure. */
export function requestsText(importPath: string, c: ConsumerCalls): string {
  return [`import { buildRequest } from ${JSON.stringify(importPath)};`, SCHEMA_LINE, "export {};", ...c.requests50, ""].join("\n");
}

/** The empty baseline: the same compiler options and default libraries, no catalog. */
export const BASELINE_TEXT = "export const x = 1;\n";

/** Compiler options of every bench project: strict, declarations consumed with skipLibCheck, as users do. */
export const PROJECT_OPTIONS = {
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [] as string[],
};

/** Writes `<dir>/<name>.ts` and `<dir>/<name>.tsconfig.json`; returns the tsconfig path. */
export function writeProject(dir: string, name: string, text: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.ts`), text);
  const config = join(dir, `${name}.tsconfig.json`);
  writeFileSync(config, `${JSON.stringify({ compilerOptions: PROJECT_OPTIONS, files: [`${name}.ts`] }, null, 2)}\n`);
  return config;
}
