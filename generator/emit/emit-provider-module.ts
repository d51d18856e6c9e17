import type { StatementStructures } from "ts-morph";
import { printStructure, StructureKind } from "./ts-morph.js";
import type { CatalogProvider, EmittedFile } from "../stage-types.js";
import { docComment, docText } from "./doc-comment.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { modelSummary } from "./model-summary.js";
import { jsonRow, literal, literalType } from "./ts-literal.js";

/** Where a provider's module lives inside the output folder. Provider ids are file-name safe (`[A-Za-z0-9._-]`). */
export function providerModulePath(providerId: string): string {
  return `providers/${providerId}.ts`;
}

/** The name of a provider module's id union, so compiler messages name the provider (`OpenaiModelId`). */
export function modelIdTypeName(exportName: string): string {
  return `${exportName[0]!.toUpperCase()}${exportName.slice(1)}ModelId`;
}

/** `"a" | "b"` written one member per line, or `never` for an empty list. */
export function unionLines(members: readonly string[], indent = "  "): string {
  return members.length === 0 ? "never" : members.map((m) => `\n${indent}| ${m}`).join("");
}

/**
 * One provider's module: its model ids, exact record types, the provider record with its models as
 * JSON rows (parsed on first use), and the provider-first helper (`openai("gpt-4o")`).
 */
export function emitProviderModule(entry: CatalogProvider, exportName: string, runtimeImport: string): EmittedFile {
  const { provider, models } = entry;
  const idType = modelIdTypeName(exportName);
  const label = provider.name.trim() === "" ? provider.id : provider.name.trim();
  const ids = models.map((m) => literal(m.id));
  const recordMembers = models.map((m) => `  readonly ${literal(m.id)}: ${literalType(m)};`).join("\n");
  const rows = models.map((m) => `    ${jsonRow(m)},`).join("\n");
  // Structures for the skeleton; the bulk (ids, record types, rows) is joined as text, since
  // ts-morph's writer inspects every character it is given.
  const print = (structure: StatementStructures) => printStructure(structure, { indentNumberOfSpaces: 2 }).trimEnd();
  const text = [
    GENERATED_HEADER,
    print({ kind: StructureKind.ImportDeclaration, moduleSpecifier: runtimeImport, namedImports: ["defineProviderData", "requireModel"] }),
    "",
    `${docComment([`Model ids of ${label} (\`${provider.id}\`), sorted.`])}\nexport type ${idType} =${unionLines(ids)};`,
    "",
    `${docComment([`Exact record type of each ${label} model, keyed by id.`])}\nexport interface Records {\n${recordMembers}\n}`,
    "",
    `${docComment([`${label}: the provider record and its ${models.length} models as JSON rows, parsed on first use.`])}\n` +
      `export const data = defineProviderData(\n  ${literal(provider)},\n  [\n${rows}\n  ],\n);`,
    "",
    print({
      kind: StructureKind.Function,
      name: exportName,
      isExported: true,
      docs: [
        docText([
          `A ${label} model by id, checked at compile time; completion lists only this provider's ids.`,
          ...(models[0] === undefined ? [] : [`@example ${exportName}(${literal(models[0].id)}) // ${modelSummary(models[0])}`]),
        ]),
      ],
      typeParameters: [{ name: "M", constraint: idType }],
      parameters: [{ name: "id", type: "M" }],
      returnType: "Records[M]",
      statements: ["return requireModel(data, id) as unknown as Records[M];"],
    }),
    "",
  ].join("\n");
  return { path: providerModulePath(provider.id), text };
}
