import type { Catalog, EmittedFile } from "../stage-types.js";
import { docComment } from "./doc-comment.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { providerLabel } from "./emit-provider-module.js";
import { literal } from "./ts-literal.js";
import { rowTextOf } from "./row-text.js";

/** The name under which catalog-data.ts exports a provider's table. */
export function tableName(exportName: string): string {
  return `$${exportName}`;
}

/**
 * catalog-data.ts: every provider record with its models as JSON rows, one row per model, parsed
 * the first time the provider is used. One module rather than one per provider: Node 20 spends
 * about 0.25 ms per module, 35 ms for 145 of them, and JSON text loads faster than object literals.
 */
export function emitCatalogData(catalog: Catalog, exportNames: ReadonlyMap<string, string>, runtimeImport: string): EmittedFile {
  const tables = catalog.providers.map((entry) => {
    const rows = entry.models.map((m) => `    ${rowTextOf(m)},`).join("\n");
    const doc = docComment([`${providerLabel(entry)}: ${entry.models.length} models.`]);
    return `${doc}\nexport const ${tableName(exportNames.get(entry.provider.id)!)}: ProviderData = defineProviderData(\n  ${literal(entry.provider)},\n  [\n${rows}\n  ],\n);`;
  });
  const imports = `import { defineProviderData, type ProviderData } from ${literal(runtimeImport)};`;
  return { path: "catalog-data.ts", text: `${[GENERATED_HEADER, imports, "", tables.join("\n\n")].join("\n")}\n` };
}
