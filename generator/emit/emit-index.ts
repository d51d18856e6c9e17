import type { FunctionDeclarationStructure, ImportDeclarationStructure, OptionalKind, StatementStructures } from "ts-morph";
import { patternMapOf, type PatternInput } from "../../runtime/policy.js";
import type { Catalog, EmittedFile } from "../stage-types.js";
import { docComment, docText } from "./doc-comment.js";
import { tableName } from "./emit-catalog-data.js";
import { providerLabel } from "./emit-provider-module.js";
import { CHECKED_SPEC } from "./emit-types.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { modelSummary } from "./model-summary.js";
import { literal } from "./ts-literal.js";
import { printStructure, StructureKind, VariableDeclarationKind, type Named } from "./ts-morph.js";

/** Record and result types of the runtime that every generated index re-exports. */
const RUNTIME_TYPES = [
  "BuildResult", "Capabilities", "CapabilityFlags", "CapabilityName", "CompareRow", "Cost", "CostEstimate", "CostTier", "FeatureKey", "FeatureSet", "Filters", "FindQuery", "Limits", "LooseModelIds", "Modality", "Mode", "Model",
  "ModelStatus", "NotSupported", "ParsedSpec", "Protocol", "Provider", "ReasoningOption", "Register", "HttpRequest", "RequestOptions",
  "RequestProblem", "RequestProblemCode", "WireApi",
  "ResolveError", "Result", "SelectQuery", "SpecError", "Usage",
];

type Fn = Omit<FunctionDeclarationStructure, "kind">;

function exported(fn: Fn, doc: readonly string[]): Named<FunctionDeclarationStructure> {
  return { kind: StructureKind.Function, isExported: true, docs: [docText(doc)], ...fn };
}

/** The API of API.md, bound to this catalog's `api` value and typed with its types. */
const API_FUNCTIONS: readonly Named<FunctionDeclarationStructure>[] = [
  exported(
    {
      name: "model",
      typeParameters: [{ name: "S", constraint: "string" }],
      parameters: [{ name: "spec", type: CHECKED_SPEC }],
      returnType: "ModelOf<S>",
      statements: ["return api.model(spec) as ModelOf<S>;"],
    },
    [
      "A model by spec, checked at compile time: a typo is a type error naming the unknown model or",
      "provider, and completion lists every spec. Use `getModel` for strings known only at run time.",
      '@example model("openai:gpt-4o").limits.context // 128000, typed as the literal',
    ],
  ),
  exported(
    {
      name: "providerModel",
      typeParameters: [{ name: "P", constraint: "ProviderId" }, { name: "M", constraint: "ProviderModelMap[P]" }],
      parameters: [{ name: "provider", type: "P" }, { name: "id", type: "M" }],
      // Through `infer`: with `ModelOf<`${P}:${M}`>` the compiler expands the template over every
      // provider and id while it still holds P's and M's constraints (TS2590, "too complex").
      returnType: "[P, M] extends [infer A extends string, infer B extends string] ? ModelOf<`${A}:${B}`> : never",
      statements: ["return api.providerModel(provider, id) as never;"],
    },
    ['A model by provider and id. The provider helpers (`openai("gpt-4o")`) are cheaper for the editor.', '@example providerModel("anthropic", "claude-sonnet-4-5")'],
  ),
  exported(
    {
      name: "customModel",
      typeParameters: [{ name: "S", constraint: "`${string}:${string}`" }],
      parameters: [{ name: "spec", type: "S" }],
      returnType: "Model & { readonly spec: S }",
      statements: ["return api.customModel(spec) as Model & { readonly spec: S };"],
    },
    [
      "A model the catalog lacks (an unreleased id, a private deployment), with permissive capabilities",
      "and unknown limits and prices. Returns the catalog's record when the spec is known.",
      '@example customModel("openai:gpt-6-preview").capabilities.tools // true',
    ],
  ),
  exported(
    { name: "getModel", parameters: [{ name: "input", type: "string" }], returnType: "Model | undefined", statements: ["return api.getModel(input);"] },
    [
      "The model for an untrusted string: a spec, an alias, or a bare id that only one provider has.",
      "`undefined` for anything else; never throws.",
      '@example getModel(process.env.MODEL ?? "")?.limits.context',
    ],
  ),
  exported(
    { name: "isModelSpec", parameters: [{ name: "input", type: "unknown" }], returnType: "input is ModelSpec", statements: ["return api.isModelSpec(input);"] },
    ["Whether `input` is exactly a spec of this catalog (no trimming, no aliases).", "@example if (isModelSpec(s)) model(s)"],
  ),
  exported(
    {
      name: "parseSpec",
      parameters: [{ name: "input", type: "unknown" }],
      returnType: "Result<ParsedSpec<ProviderId>, SpecError>",
      statements: ["return api.parseSpec(input) as Result<ParsedSpec<ProviderId>, SpecError>;"],
    },
    [
      'Splits `"provider:model"` at the first colon and resolves the provider (exact, else a unique',
      "case/`-`/`_`-insensitive match). The model part is not checked.",
      '@example parseSpec("amazon-bedrock:anthropic.claude-v2:1") // { ok: true, value: { provider: "amazon-bedrock", model: "anthropic.claude-v2:1" } }',
    ],
  ),
  exported(
    {
      name: "resolve",
      parameters: [{ name: "input", type: "unknown" }, { name: "options", hasQuestionToken: true, type: "{ readonly scope?: ProviderId | readonly ProviderId[] }" }],
      returnType: "Result<Model, ResolveError>",
      statements: ["return api.resolve(input, options);"],
    },
    [
      "A spec, alias or bare id to its model, or the reason it names none (`not_found`, `ambiguous`, or a",
      "spec error). `scope` limits bare-id lookups to some providers.",
      '@example resolve("gpt-4o", { scope: "openai" })',
    ],
  ),
  exported(
    {
      name: "estimateCost",
      parameters: [{ name: "spec", type: "ModelSpec | (string & {})" }, { name: "usage", type: "Usage" }],
      returnType: "CostEstimate | undefined",
      statements: ["return api.estimateCost(spec, usage);"],
    },
    [
      "What a call costs in USD: cache reads/writes and audio as parts of the input, reasoning and audio as",
      "parts of the output, context tiers above their threshold. `undefined` when the price is unknown.",
      '@example estimateCost("openai:gpt-4o", { input: 1_000_000, output: 1_000_000 })?.total // 12.5',
    ],
  ),
  exported(
    { name: "defaultModel", parameters: [{ name: "provider", type: "ProviderId" }], returnType: "ModelSpec | undefined", statements: ["return api.defaultModel(provider) as ModelSpec | undefined;"] },
    ["The provider's default model, from the config's `defaults` or its source.", '@example defaultModel("openai")'],
  ),
  exported(
    { name: "allowed", parameters: [{ name: "spec", type: "string" }], returnType: "boolean", statements: ["return api.allowed(spec);"] },
    [
      "Whether the catalog's allow/deny policy admits a spec (deny wins). Aliases resolve first; a spec the",
      "catalog lacks is judged by its provider and id; an unparsable string is not allowed.",
      '@example allowed("openai:gpt-4o") // true',
    ],
  ),
  exported(
    {
      name: "select",
      parameters: [{ name: "query", hasQuestionToken: true, type: "SelectQuery<ProviderId>" }],
      returnType: "ModelSpec | undefined",
      statements: ["return api.select(query) as ModelSpec | undefined;"],
    },
    [
      "The first model that has every `require`d feature and none of the `forbid`den ones, trying providers",
      "in `prefer` order (default: `preferredProviders`), then the rest by id; models by id. Deterministic.",
      'An unknown key is a type error, and a `TypeError` at run time.',
      '@example select({ require: ["tools", "vision"], forbid: ["deprecated"], prefer: ["anthropic", "openai"] })',
    ],
  ),
  exported(
    {
      name: "candidates",
      parameters: [{ name: "query", hasQuestionToken: true, type: "SelectQuery<ProviderId>" }],
      returnType: "ModelSpec[]",
      statements: ["return api.candidates(query) as ModelSpec[];"],
    },
    ["Every model `select` would consider, in the same order.", '@example candidates({ require: { reasoning: true }, scope: "openai" })'],
  ),
  exported(
    {
      name: "findModels",
      parameters: [{ name: "query", hasQuestionToken: true, type: "FindQuery<ProviderId>" }],
      returnType: "Model[]",
      statements: ["return api.findModels(query);"],
    },
    [
      "Models matching every criterion, sorted by spec. An unknown context window or price never matches.",
      '@example findModels({ capabilities: ["tools"], inputModalities: ["image"], maxInputCost: 1 })',
    ],
  ),
  exported(
    {
      name: "compare",
      parameters: [{ name: "specs", type: "readonly (ModelSpec | (string & {}))[]" }],
      returnType: "CompareRow[]",
      statements: ["return api.compare(specs);"],
    },
    ["Rows for a side-by-side table: name, limits, prices, key flags, status, release.", '@example compare(["openai:gpt-4o", "anthropic:claude-sonnet-4-5"])'],
  ),
  exported(
    {
      name: "defineRoutes",
      typeParameters: [{ name: "const T", constraint: "{ readonly [task: string]: ModelSpec }" }],
      parameters: [{ name: "routes", type: "T" }],
      returnType: "Readonly<T>",
      statements: ["return defineRoutesAny(routes);"],
    },
    [
      "A routing table from task names to specs of this catalog: a wrong model name is a compile error.",
      '@example const routes = defineRoutes({ simple: "google:gemini-2.0-flash", complex: "anthropic:claude-sonnet-4-5" });',
    ],
  ),
  exported(
    { name: "formatSpec", typeParameters: [{ name: "P", constraint: "ProviderId" }, { name: "M", constraint: "ProviderModelMap[P]" }], parameters: [{ name: "provider", type: "P" }, { name: "id", type: "M" }], returnType: "`${P}:${M}`", statements: ["return `${provider}:${id}`;"] },
    ["Joins a provider and one of its model ids into a spec.", '@example formatSpec("openai", "gpt-4o") // "openai:gpt-4o"'],
  ),
  exported(
    {
      name: "checkRequest",
      parameters: [{ name: "spec", type: "ModelSpec | (string & {})" }, { name: "request", type: "unknown" }, { name: "options", hasQuestionToken: true, type: "RequestOptions" }],
      returnType: "RequestProblem[]",
      statements: ["return api.checkRequest(spec, request, options);"],
    },
    [
      "Every problem of a provider request for a model, with its path: output tokens over the model's limit,",
      "missing fields, features or inputs the model lacks (errors), unknown fields (warnings). The run-time",
      "twin of the request types, for requests built from untyped input. Never throws.",
      '@example checkRequest("openai:gpt-4o", { messages: [], max_tokens: 999_999 }) // [{ path: "max_tokens", code: "over_limit", ... }]',
    ],
  ),
  exported(
    {
      name: "buildRequest",
      typeParameters: [{ name: "S", constraint: "RequestSpec" }],
      parameters: [{ name: "spec", type: "S" }, { name: "request", type: "NoInfer<RequestOf<S>>" }, { name: "options", hasQuestionToken: true, type: "Omit<RequestOptions, \"api\">" }],
      returnType: "BuildResult",
      statements: ["return api.buildRequest(spec, request, options);"],
    },
    [
      "The HTTP request for a model in its provider's wire format, ready for `fetch(value.url, value)`: the URL",
      "from the catalog, the auth header naming the API-key variable (`Bearer ${OPENAI_API_KEY}`) unless",
      "`options.env` gives values, and the body with the provider's model id. The request is typed for that",
      "model (`RequestOf<S>`); problems are returned, never thrown. Pure: reads no environment, sends nothing.",
      '@example const r = buildRequest("openai:gpt-4o", { messages: [{ role: "user", content: "Hi" }] }, { env: process.env });',
    ],
  ),
  exported(
    {
      name: "buildResponsesRequest",
      typeParameters: [{ name: "S", constraint: "OpenAIResponsesSpec" }],
      parameters: [{ name: "spec", type: "S" }, { name: "request", type: "NoInfer<OpenAIResponsesRequest<S>>" }, { name: "options", hasQuestionToken: true, type: "Omit<RequestOptions, \"api\">" }],
      returnType: "BuildResult",
      statements: ['return api.buildRequest(spec, request, { ...options, api: "openai-responses" });'],
    },
    [
      "Like `buildRequest`, over OpenAI's Responses API (`POST /responses`), which OpenAI's and Azure's models",
      "serve besides chat completions.",
      '@example buildResponsesRequest("openai:o3", { input: "Hi", reasoning: { effort: "high" } })',
    ],
  ),
  exported({ name: "providers", returnType: "readonly Provider[]", statements: ["return api.providers();"] }, ["Every provider, sorted by id.", "@example providers().map((p) => p.id)"]),
  exported(
    { name: "provider", parameters: [{ name: "id", type: "string" }], returnType: "Provider | undefined", statements: ["return api.provider(id);"] },
    ["A provider by exact id, or `undefined`.", '@example provider("openai")?.env // ["OPENAI_API_KEY"]'],
  ),
  exported(
    { name: "models", parameters: [{ name: "provider", hasQuestionToken: true, type: "ProviderId" }], returnType: "readonly Model[]", statements: ["return api.models(provider);"] },
    ["Every model, or one provider's, sorted by spec.", '@example models("anthropic").length'],
  ),
];

/** The policy as emitted: only non-empty sides, pattern lists in a stable order. */
function policyOf(catalog: Catalog): { allow?: Record<string, string[]>; deny?: Record<string, string[]> } {
  const side = (input: PatternInput | undefined) => {
    const map = patternMapOf(input);
    return map.size === 0 ? undefined : Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  };
  const allow = side(catalog.policy?.allow);
  const deny = side(catalog.policy?.deny);
  return { ...(allow ? { allow } : {}), ...(deny ? { deny } : {}) };
}

/**
 * index.ts: builds the runtime over catalog-data.ts and exports the whole API with this catalog's
 * types, plus one helper per provider. It imports no provider module, not even for types: its
 * declarations stay the size of the spec unions and the feature table, whatever the records hold.
 */
export function emitIndex(catalog: Catalog, exportNames: ReadonlyMap<string, string>, runtimeImport: string): EmittedFile {
  const providers = catalog.providers.map((entry) => {
    const name = exportNames.get(entry.provider.id)!;
    return { entry, name };
  });
  const imports: OptionalKind<ImportDeclarationStructure>[] = [
    { moduleSpecifier: runtimeImport, namedImports: ["createCatalogApi", { name: "defineRoutes", alias: "defineRoutesAny" }, "requireModel"] },
    { moduleSpecifier: runtimeImport, isTypeOnly: true, namedImports: ["BuildResult", "CompareRow", "CostEstimate", "FindQuery", "LooseModelIds", "Model", "ParsedSpec", "Provider", "RequestOptions", "RequestProblem", "ResolveError", "Result", "SelectQuery", "SpecError", "Usage"] },
    { moduleSpecifier: "./requests.js", isTypeOnly: true, namedImports: ["OpenAIResponsesRequest", "OpenAIResponsesSpec", "RequestOf", "RequestSpec"] },
    { moduleSpecifier: "./catalog-data.js", namespaceImport: "tables" },
    { moduleSpecifier: "./types.js", isTypeOnly: true, namedImports: ["ModelOf", "ModelSpec", "ProviderId", "ProviderModelMap", "SpecMessage"] },
  ];
  // One helper per provider, written as text: ts-morph's writer inspects every character, and 145
  // structures of the same shape cost ~45 ms of each gen for no difference in output.
  const helpers = providers.map(({ entry, name }) => {
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
  const statements: (string | Named<StatementStructures>)[] = [
    GENERATED_HEADER,
    ...imports.map((i): Named<StatementStructures> => ({ ...i, kind: StructureKind.ImportDeclaration })),
    { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: "./types.js" },
    { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: "./requests.js" },
    { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: runtimeImport, namedExports: RUNTIME_TYPES },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [
        {
          name: "api",
          initializer: `createCatalogApi(Object.values(tables), { filters: ${literal(policyOf(catalog))}, prefer: ${literal(catalog.prefer ?? [])} })`,
        },
      ],
    },
    ...API_FUNCTIONS,
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        docText([
          "Every model keyed by spec. Records are built on first access. The catalog's `model-catalog` module",
          "exports the same object as `ModelCatalog`, with each member documented for hovers.",
          '@example catalog["openai:gpt-4o"].cost?.input // 2.5',
        ]),
      ],
      declarations: [{ name: "catalog", type: "{ readonly [S in ModelSpec]: ModelOf<S> }", initializer: "api.catalog as unknown as { readonly [S in ModelSpec]: ModelOf<S> }" }],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [docText(["Providers to try first when choosing models (the config's `prefer`); the rest follow in id order."])],
      declarations: [
        {
          name: "preferredProviders",
          type: "readonly ProviderId[]",
          initializer: `Object.freeze(${literal(catalog.prefer ?? [])})`,
        },
      ],
    },
  ];
  const skeleton = printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2 }).trimEnd();
  return { path: "index.ts", text: `${[skeleton, ...helpers].join("\n\n")}\n` };
}
