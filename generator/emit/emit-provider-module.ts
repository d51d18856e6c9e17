import type { CatalogProvider, EmittedFile } from "../stage-types.js";
import { docComment, docData } from "./doc-comment.js";
import { fileStemOf } from "./file-stem.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { literal, literalType } from "./ts-literal.js";

/** Where a provider's module lives inside the output folder; the name is encoded where a file system would refuse the id. */
export function providerModulePath(providerId: string): string {
  return `providers/${fileStemOf(providerId)}.ts`;
}

/** The specifier index.ts and types.ts import a provider module by. */
export function providerModuleSpecifier(providerId: string): string {
  return `./providers/${fileStemOf(providerId)}.js`;
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
 * One provider's type declarations: its model ids and the exact record type of each model. The
 * module holds no values, so type-checking one provider never loads the others' data, and the
 * package root imports it for types only.
 */
export function emitProviderModule(entry: CatalogProvider, exportName: string): EmittedFile {
  const { provider, models } = entry;
  const label = providerLabel(entry);
  const ids = models.map((m) => literal(m.id));
  const recordMembers = models.map((m) => `  readonly ${literal(m.id)}: ${literalType(m)};`).join("\n");
  const text = [
    GENERATED_HEADER,
    "",
    `${docComment([`Model ids of ${label} (\`${provider.id}\`), sorted.`])}\nexport type ${modelIdTypeName(exportName)} =${unionLines(ids)};`,
    "",
    `${docComment([`Exact record type of each ${label} model, keyed by id.`])}\nexport interface Records {\n${recordMembers}\n}`,
    "",
  ].join("\n");
  return { path: providerModulePath(provider.id), text };
}
