import { patternMapOf, type PatternInput } from "../../runtime/policy.js";
import type { Catalog, EmittedFile } from "../stage-types.js";
import { docComment } from "./doc-comment.js";
import { tableName } from "./emit-catalog-data.js";
import { providerLabel } from "./emit-provider-module.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { modelSummary } from "./model-summary.js";
import { fillPlaceholders, outputImports, readTemplate } from "./read-template.js";
import { literal } from "./ts-literal.js";
import { byCodeUnit } from "../../runtime/order.js";

/** The policy as emitted: only non-empty sides, pattern lists in a stable order. */
function policyOf(catalog: Catalog): { allow?: Record<string, string[]>; deny?: Record<string, string[]> } {
  const side = (input: PatternInput | undefined) => {
    const map = patternMapOf(input);
    return map.size === 0 ? undefined : Object.fromEntries([...map].sort(([a], [b]) => byCodeUnit(a, b)));
  };
  const allow = side(catalog.policy?.allow);
  const deny = side(catalog.policy?.deny);
  return { ...(allow ? { allow } : {}), ...(deny ? { deny } : {}) };
}

/**
 * The config's routes as a frozen table through the index's own `defineRoutes`, so each entry is typed
 * as its spec and checked against `ModelSpec`; nothing when no routes are configured.
 */
function routesTable(catalog: Catalog): string[] {
  const entries = Object.entries(catalog.routes ?? {});
  if (entries.length === 0) return [];
  const first = entries[0]![0];
  const access = /^[A-Za-z_$][\w$]*$/.test(first) ? `routes.${first}` : `routes[${literal(first)}]`;
  const doc = docComment([
    "Task routes from the config, each resolved by `gen` to a model of this catalog and typed as its spec.",
    `@example model(${access}).limits.context`,
  ]);
  const lines = entries.map(([name, spec]) => `  ${literal(name)}: ${literal(spec)},`);
  return [`${doc}\nexport const routes = defineRoutes({\n${lines.join("\n")}\n});`];
}

/**
 * index.ts: builds the runtime over catalog-data.ts and exports the whole API with this catalog's
 * types (the fixed text of `templates/catalog-api.ts`), plus one helper per provider. It imports no
 * provider module, not even for types: its declarations stay the size of the spec unions and the
 * feature table, whatever the records hold.
 */
export function emitIndex(catalog: Catalog, exportNames: ReadonlyMap<string, string>, runtimeImport: string): EmittedFile {
  const template = readTemplate("catalog-api");
  const helpers = catalog.providers.map((entry) => {
    const name = exportNames.get(entry.provider.id)!;
    const first = entry.models[0];
    // Provider ids are [A-Za-z0-9._-]: nothing to escape inside a template literal type.
    const specPrefix = `${entry.provider.id}:`;
    const doc = docComment([
      `A model of ${providerLabel(entry)} by id, checked at compile time; completion lists only this provider's ids.`,
      ...(first === undefined ? [] : [`@example ${name}(${literal(first.id)}) // ${modelSummary(first)}`]),
    ]);
    return (
      `${doc}\nexport function ${name}<M extends ProviderModelMap[${literal(entry.provider.id)}]>(id: M): ModelOf<\`${specPrefix}\${M}\`> {\n` +
      `  return requireModel(tables.${tableName(name)}, id) as unknown as ModelOf<\`${specPrefix}\${M}\`>;\n}`
    );
  });
  const api = fillPlaceholders(template.body, { filters: literal(policyOf(catalog)), prefer: literal(catalog.prefer ?? []) });
  const skeleton = `${GENERATED_HEADER}\n${outputImports(template, "index", runtimeImport)}\n${api}`.trimEnd();
  return { path: "index.ts", text: `${[skeleton, ...routesTable(catalog), ...helpers].join("\n\n")}\n` };
}
