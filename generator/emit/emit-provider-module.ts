import { CAPABILITY_NAMES } from "../../runtime/model-row.js";
import type { Model } from "../../runtime/types.js";
import type { CatalogProvider, EmittedFile } from "../stage-types.js";
import { docComment, docData } from "./doc-comment.js";
import { fileStemOf } from "./file-stem.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { modelSummary } from "./model-summary.js";
import { rowTextOf } from "./row-text.js";
import { literal, literalType, propertyName } from "./ts-literal.js";

/** Where a provider's module lives inside the output folder; the name is encoded where a file system would refuse the id. */
export function providerModulePath(providerId: string): string {
  return `providers/${fileStemOf(providerId)}.ts`;
}

/** The specifier index.ts and types.ts import a provider module by. */
export function providerModuleSpecifier(providerId: string): string {
  return `./providers/${fileStemOf(providerId)}.js`;
}

/** The exact record type of a model, its capabilities written as `CapabilityFlags<…>` of the true ones. */
export function recordType(model: Model): string {
  const members = Object.entries(model).map(([key, value]) => {
    if (key !== "capabilities") return `readonly ${propertyName(key)}: ${literalType(value)}`;
    const on = CAPABILITY_NAMES.filter((name) => model.capabilities[name]).map((name) => literal(name));
    return `readonly capabilities: CapabilityFlags<${on.length === 0 ? "never" : on.join(" | ")}>`;
  });
  return `{ ${members.join("; ")} }`;
}

/** A module specifier as seen from one folder below: relative paths gain a `../`, package subpaths stay. */
export function oneFolderDeeper(specifier: string): string {
  if (specifier.startsWith("./")) return `../${specifier.slice(2)}`;
  return specifier.startsWith("../") ? `../${specifier}` : specifier;
}

/**
 * Where a provider entry imports its two runtime functions from: the small data module rather than
 * the whole runtime, so importing one provider loads three modules, not fourteen.
 */
export function dataImportOf(runtimeImport: string): string {
  if (runtimeImport.endsWith("/core.js")) return `${runtimeImport.slice(0, -"core.js".length)}provider-data.js`;
  return `${runtimeImport}/data`;
}

/** The name of a provider module's id union, so compiler messages name the provider (`OpenaiModelId`). */
export function modelIdTypeName(exportName: string): string {
  return `${exportName[0]!.toUpperCase()}${exportName.slice(1)}ModelId`;
}

/** `"a" | "b"` written one member per line, or `never` for an empty list. */
export function unionLines(members: readonly string[], indent = "  "): string {
  return members.length === 0 ? "never" : members.map((m) => `\n${indent}| ${m}`).join("");
}

/** A provider's display name for docs: its name, or its id when the name is blank. */
export function providerLabel(entry: CatalogProvider): string {
  return docData(entry.provider.name.trim() === "" ? entry.provider.id : entry.provider.name.trim());
}

/**
 * One provider's entry: its model ids, the exact record type of each model, and the values an app
 * that uses only this provider needs: its data (its own copy of the rows, parsed on first use),
 * `model(id)` and `models()`. Importing it loads one small module instead of the whole catalog, and
 * its completion list holds only this provider's ids. The package root imports it for types only,
 * so the root's import cost does not grow with the number of providers (145 modules cost ~35 ms).
 */
export function emitProviderModule(entry: CatalogProvider, exportName: string, runtimeImport: string): EmittedFile {
  const { provider, models } = entry;
  const label = providerLabel(entry);
  const ids = models.map((m) => literal(m.id));
  const idType = modelIdTypeName(exportName);
  const recordMembers = models.map((m) => `  readonly ${literal(m.id)}: ${recordType(m)};`).join("\n");
  const rows = models.map((m) => `    ${rowTextOf(m)},`).join("\n");
  const first = models[0];
  const text = [
    GENERATED_HEADER,
    `import { defineProviderData, requireModel, type CapabilityFlags, type Model, type Provider, type ProviderData } from ${literal(dataImportOf(oneFolderDeeper(runtimeImport)))};`,
    "",
    `${docComment([`Model ids of ${label} (\`${provider.id}\`), sorted.`])}\nexport type ${idType} =${unionLines(ids)};`,
    "",
    `${docComment([`Exact record type of each ${label} model, keyed by id.`])}\nexport interface Records {\n${recordMembers}\n}`,
    "",
    `${docComment([`${label}: the provider record and its ${models.length} models, parsed on first use.`])}\nexport const data: ProviderData = defineProviderData(\n  ${literal(provider)},\n  [\n${rows}\n  ],\n);`,
    "",
    `${docComment([`The ${label} provider record.`])}\nexport const provider: Provider = data.provider;`,
    "",
    `${docComment([
      `A model of ${label} by id, checked at compile time; completion lists only this provider's ids.`,
      ...(first === undefined ? [] : [`@example model(${literal(first.id)}) // ${modelSummary(first)}`]),
    ])}\nexport function model<M extends ${idType}>(id: M): Records[M] {\n  return requireModel(data, id) as unknown as Records[M];\n}`,
    "",
    `${docComment([`Every ${label} model, sorted by id.`])}\nexport function models(): readonly Model[] {\n  return data.models();\n}`,
    "",
  ].join("\n");
  return { path: providerModulePath(provider.id), text };
}
