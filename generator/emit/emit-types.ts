import type { Model } from "../../runtime/types.js";
import type { Catalog, EmittedFile } from "../stage-types.js";
import { UNSTATED_EFFORT_VALUES } from "../../runtime/request.js";
import { docComment } from "./doc-comment.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { modelIdTypeName, providerModuleSpecifier, unionLines } from "./emit-provider-module.js";
import { literal } from "./ts-literal.js";

/** A flat `{ spec: true | false }` table emitted into types.ts (TYPES §6). */
interface FlagTable {
  readonly name: string;
  readonly doc: string;
  readonly value: (m: Model) => boolean;
}

/** The capability flag tables, one interface each, every spec present. */
export const FLAG_TABLES: readonly FlagTable[] = [
  { name: "ToolCalling", doc: "Models that call tools (function calling).", value: (m) => m.capabilities.tools },
  { name: "StructuredOutput", doc: "Models that follow a JSON schema for their output.", value: (m) => m.capabilities.structuredOutput },
  { name: "Reasoning", doc: "Models that reason before answering.", value: (m) => m.capabilities.reasoning },
  { name: "Attachment", doc: "Models that accept file attachments.", value: (m) => m.capabilities.attachment },
  { name: "Temperature", doc: "Models that accept a sampling temperature.", value: (m) => m.capabilities.temperature },
  { name: "Vision", doc: "Models that take image input.", value: (m) => m.modalities.input.includes("image") },
  { name: "AudioInput", doc: "Models that take audio input.", value: (m) => m.modalities.input.includes("audio") },
  { name: "VideoInput", doc: "Models that take video input.", value: (m) => m.modalities.input.includes("video") },
  { name: "PdfInput", doc: "Models that take PDF input.", value: (m) => m.modalities.input.includes("pdf") },
];

/** The effort values a model offers, from its `effort` reasoning option; `null` entries are dropped. */
export function effortValues(m: Model): string[] {
  const values = new Set<string>();
  for (const option of m.reasoningOptions ?? []) {
    if (option.type === "effort") for (const v of option.values) if (v !== null) values.add(v);
  }
  return [...values];
}

/** The alias under which types.ts imports a provider module's types. */
export function moduleAlias(exportName: string): string {
  return `$${exportName}`;
}

/**
 * The body of `CheckSpec<S>`. `model()` writes it out in its parameter instead of naming the alias:
 * the same messages, ~40% faster completion (TYPES §11), so both take it from here.
 */
export const CHECKED_SPEC = `string extends S
  ? ModelSpec
  : S extends ModelSpec
    ? S
    : LooseModelIds extends true
      ? S extends \`\${string}:\${string}\`
        ? S
        : SpecMessage<S>
      : SpecMessage<S>`;

const SPEC_TYPES = `${docComment(["The message a spec that is not in the catalog gets, naming what is wrong."])}
export type SpecMessage<S extends string> = S extends \`\${infer P}:\${infer M}\`
  ? P extends ProviderId
    ? \`❌ Unknown model '\${M}' for provider '\${P}'\`
    : \`❌ Unknown provider '\${P}'\`
  : \`❌ Expected 'provider:model', got '\${S}'\`;

${docComment([
  "`S` when it is a valid spec, else a readable message type. A plain `string` (or text still being",
  "typed) gets the whole `ModelSpec` union, so completion lists every spec.",
])}
export type CheckSpec<S extends string> = ${CHECKED_SPEC};

${docComment(["The exact record type of spec `S` (literal values); the general `Model` for a spec the catalog lacks."])}
export type ModelOf<S extends string> = S extends ModelSpec ? ModelRecordMap[S] : Model;`;

/**
 * types.ts: ids, the literal `ModelSpec` union (written out, never a template cross product),
 * `CheckSpec`, `ModelOf`, and the flat capability tables.
 */
export function emitTypes(catalog: Catalog, exportNames: ReadonlyMap<string, string>, runtimeImport: string): EmittedFile {
  const providers = catalog.providers;
  const all = providers.flatMap((p) => p.models);
  const specs = all.map((m) => literal(m.spec));
  const imports = providers.map(
    (p) => `import type * as ${moduleAlias(exportNames.get(p.provider.id)!)} from ${literal(providerModuleSpecifier(p.provider.id))};`,
  );
  const providerMap = providers.map((p) => {
    const name = exportNames.get(p.provider.id)!;
    return `  readonly ${literal(p.provider.id)}: ${moduleAlias(name)}.${modelIdTypeName(name)};`;
  });
  const recordMap = providers.flatMap((p) =>
    p.models.map((m) => `  readonly ${literal(m.spec)}: ${moduleAlias(exportNames.get(p.provider.id)!)}.Records[${literal(m.id)}];`),
  );
  const table = (name: string, doc: string, value: (m: Model) => string) =>
    `${docComment([doc, "Flat table keyed by spec, every spec present; test with `true extends Table[S]` so unions stay permissive."])}\n` +
    `export interface ${name} {\n${all.map((m) => `  readonly ${literal(m.spec)}: ${value(m)};`).join("\n")}\n}`;

  const parts = [
    GENERATED_HEADER,
    `import type { LooseModelIds, Model } from ${literal(runtimeImport)};`,
    ...imports,
    "",
    `${docComment([`Every provider id in the catalog (${providers.length}).`])}\nexport type ProviderId =${unionLines(providers.map((p) => literal(p.provider.id)))};`,
    "",
    `${docComment(["The model ids of each provider."])}\nexport interface ProviderModelMap {\n${providerMap.join("\n")}\n}`,
    "",
    `${docComment(["The exact record types of each provider's models, keyed by provider then id."])}\nexport interface ProviderRecordMap {\n${providers
      .map((p) => `  readonly ${literal(p.provider.id)}: ${moduleAlias(exportNames.get(p.provider.id)!)}.Records;`)
      .join("\n")}\n}`,
    "",
    `${docComment(["The model ids of provider `P`."])}\nexport type ModelIdOf<P extends ProviderId> = ProviderModelMap[P];`,
    "",
    `${docComment(["Every distinct model id of every provider."])}\nexport type ModelId = ProviderModelMap[ProviderId];`,
    "",
    `${docComment([`Every valid \`"provider:model"\` spec (${all.length}), written out.`])}\nexport type ModelSpec =${unionLines(specs)};`,
    "",
    `${docComment(["Spec → exact record type."])}\nexport interface ModelRecordMap {\n${recordMap.join("\n")}\n}`,
    "",
    SPEC_TYPES,
    ...FLAG_TABLES.flatMap((t) => ["", table(t.name, t.doc, (m) => String(t.value(m)))]),
    "",
    `${docComment(["The effort values of a reasoning model whose source states no reasoning options at all: the general vocabulary."])}\nexport type UnstatedEffort = ${UNSTATED_EFFORT_VALUES.map(literal).join(" | ")};`,
    "",
    table(
      "ReasoningEffort",
      "The reasoning effort values each model offers; `never` where it offers none, `UnstatedEffort` for a reasoning model whose source states no options.",
      (m) => {
        if (m.capabilities.reasoning && m.reasoningOptions === undefined) return "UnstatedEffort";
        const values = effortValues(m);
        return values.length === 0 ? "never" : values.map(literal).join(" | ");
      },
    ),
  ];
  return { path: "types.ts", text: `${parts.join("\n")}\n` };
}
