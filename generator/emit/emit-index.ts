import type { Catalog, EmittedFile } from "../stage-types.js";
import { tableName } from "./emit-catalog-data.js";
import { modelIdTypeName, providerLabel } from "./emit-provider-module.js";
import { moduleAlias } from "./emit-types.js";
import { docComment } from "./doc-comment.js";
import { modelSummary } from "./model-summary.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { literal } from "./ts-literal.js";

/** The API of API.md bound to this catalog's tables and types. */
const BINDINGS = `${docComment([
  "A model by spec, checked at compile time: a typo is a type error naming the unknown model or",
  "provider, and completion lists every spec. Use `getModel` for strings known only at run time.",
  '@example model("openai:gpt-4o").limits.context // 128000, typed as the literal',
])}
export function model<S extends string>(
  spec: string extends S
    ? ModelSpec
    : S extends ModelSpec
      ? S
      : LooseModelIds extends true
        ? S extends \`\${string}:\${string}\`
          ? S
          : SpecMessage<S>
        : SpecMessage<S>,
): ModelOf<S> {
  return api.model(spec) as ModelOf<S>;
}

${docComment([
  "A model by provider and id. The provider helpers (`openai(\"gpt-4o\")`) are cheaper for the editor.",
  '@example providerModel("anthropic", "claude-sonnet-4-5")',
])}
export function providerModel<P extends ProviderId, M extends keyof ProviderRecordMap[P] & string>(provider: P, id: M): ProviderRecordMap[P][M] {
  return api.providerModel(provider, id) as unknown as ProviderRecordMap[P][M];
}

${docComment([
  "A model the catalog lacks (an unreleased id, a private deployment), with permissive capabilities",
  "and unknown limits and prices. Returns the catalog's record when the spec is known.",
  '@example customModel("openai:gpt-6-preview").capabilities.tools // true',
])}
export function customModel<S extends \`\${string}:\${string}\`>(spec: S): Model & { readonly spec: S } {
  return api.customModel(spec) as Model & { readonly spec: S };
}

${docComment([
  "The model for an untrusted string: a spec, an alias, or a bare id that only one provider has.",
  "`undefined` for anything else; never throws.",
  '@example getModel(process.env.MODEL ?? "")?.limits.context',
])}
export function getModel(input: string): Model | undefined {
  return api.getModel(input);
}

${docComment(["Whether `input` is exactly a spec of this catalog (no trimming, no aliases).", '@example if (isModelSpec(s)) model(s)'])}
export function isModelSpec(input: unknown): input is ModelSpec {
  return api.isModelSpec(input);
}

${docComment([
  "Splits `\"provider:model\"` at the first colon and resolves the provider (exact, else a unique",
  "case/`-`/`_`-insensitive match). The model part is not checked.",
  '@example parseSpec("amazon-bedrock:anthropic.claude-v2:1") // { ok: true, value: { provider: "amazon-bedrock", model: "anthropic.claude-v2:1" } }',
])}
export function parseSpec(input: unknown): Result<ParsedSpec<ProviderId>, SpecError> {
  return api.parseSpec(input) as Result<ParsedSpec<ProviderId>, SpecError>;
}

${docComment([
  "A spec, alias or bare id to its model, or the reason it names none (`not_found`, `ambiguous`, or a",
  "spec error). `scope` limits bare-id lookups to some providers.",
  '@example resolve("gpt-4o", { scope: "openai" })',
])}
export function resolve(input: unknown, options?: { readonly scope?: ProviderId | readonly ProviderId[] }): Result<Model, ResolveError> {
  return api.resolve(input, options);
}

${docComment(["Every provider, sorted by id.", "@example providers().map((p) => p.id)"])}
export function providers(): readonly Provider[] {
  return api.providers();
}

${docComment(["A provider by exact id, or `undefined`.", '@example provider("openai")?.env // ["OPENAI_API_KEY"]'])}
export function provider(id: string): Provider | undefined {
  return api.provider(id);
}

${docComment(["Every model, or one provider's, sorted by spec.", '@example models("anthropic").length'])}
export function models(provider?: ProviderId): readonly Model[] {
  return api.models(provider);
}

${docComment([
  "Every model keyed by spec, as documented properties: hover a key for its summary; deprecated",
  "models are struck through. Records are built on first access.",
  '@example catalog["openai:gpt-4o"].cost.input // 2.5',
])}
export const catalog: ModelCatalog = api.catalog as unknown as ModelCatalog;
`;

/**
 * index.ts: imports every provider module, builds the runtime over their tables, and exports the
 * whole API with this catalog's types.
 */
export function emitIndex(catalog: Catalog, exportNames: ReadonlyMap<string, string>, runtimeImport: string): EmittedFile {
  const providers = catalog.providers.map((entry) => {
    const name = exportNames.get(entry.provider.id)!;
    return { entry, name, alias: moduleAlias(name), path: literal(`./providers/${entry.provider.id}.js`) };
  });
  const helpers = providers.map(({ entry, name, alias }) => {
    const first = entry.models[0];
    const doc = docComment([
      `A ${providerLabel(entry)} model by id, checked at compile time; completion lists only this provider's ids.`,
      ...(first === undefined ? [] : [`@example ${name}(${literal(first.id)}) // ${modelSummary(first)}`]),
    ]);
    return (
      `${doc}\nexport function ${name}<M extends ${alias}.${modelIdTypeName(name)}>(id: M): ${alias}.Records[M] {\n` +
      `  return requireModel(tables.${tableName(name)}, id) as unknown as ${alias}.Records[M];\n}`
    );
  });
  const text = [
    GENERATED_HEADER,
    `import { createCatalogApi, requireModel } from ${literal(runtimeImport)};`,
    "import type {",
    "  LooseModelIds,",
    "  Model,",
    "  ParsedSpec,",
    "  Provider,",
    "  ResolveError,",
    "  Result,",
    "  SpecError,",
    `} from ${literal(runtimeImport)};`,
    'import * as tables from "./catalog-data.js";',
    'import type { ModelCatalog } from "./model-catalog.js";',
    'import type { ModelOf, ModelSpec, ProviderId, ProviderRecordMap, SpecMessage } from "./types.js";',
    ...providers.map((p) => `import type * as ${p.alias} from ${p.path};`),
    "",
    'export type * from "./types.js";',
    'export type { ModelCatalog } from "./model-catalog.js";',
    "export type {",
    "  Capabilities,",
    "  CapabilityName,",
    "  Cost,",
    "  CostTier,",
    "  Limits,",
    "  LooseModelIds,",
    "  Modality,",
    "  Mode,",
    "  Model,",
    "  ModelStatus,",
    "  NotSupported,",
    "  ParsedSpec,",
    "  Protocol,",
    "  Provider,",
    "  ReasoningOption,",
    "  Register,",
    "  ResolveError,",
    "  Result,",
    "  SpecError,",
    `} from ${literal(runtimeImport)};`,
    "",
    "const api = createCatalogApi(Object.values(tables));",
    "",
    BINDINGS,
    helpers.join("\n\n"),
    "",
  ].join("\n");
  return { path: "index.ts", text };
}
