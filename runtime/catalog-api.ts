import { compileCost, costOf, costOfCompiled, type CompiledCost, type CostEstimate, type Usage } from "./cost.js";
import { compileFilters, isAllowed, type Filters } from "./policy.js";
import { featureMatcher, findMatcher, providerOrder, type FindQuery, type SelectQuery } from "./select.js";
import type { ProviderData } from "./provider-data.js";
import { buildModelRequest, checkModelRequest, type BuildResult, type RequestOptions, type RequestProblem } from "./request.js";
import { formatSpec, parseSpecWith, type ProviderLookup } from "./spec.js";
import type { Capabilities, Model, ParsedSpec, Provider, ResolveError, Result, SpecError } from "./types.js";

/** One row of `compare`: the figures people put side by side. */
export interface CompareRow {
  readonly spec: string;
  readonly found: boolean;
  readonly name?: string;
  readonly context?: number;
  readonly output?: number;
  readonly inputCost?: number;
  readonly outputCost?: number;
  readonly tools?: boolean;
  readonly reasoning?: boolean;
  readonly vision?: boolean;
  readonly status?: Model["status"];
  readonly releaseDate?: string;
}

/** Options of `resolve`. */
export interface ResolveOptions {
  /** Limit bare-id lookups to these providers; ignored for `"provider:model"` input. */
  readonly scope?: string | readonly string[];
}

/** The catalog functions over one set of provider tables, typed for any catalog. */
export interface CatalogApi {
  model(spec: string): Model;
  providerModel(provider: string, id: string): Model;
  customModel(spec: string): Model;
  getModel(input: string): Model | undefined;
  isModelSpec(input: unknown): boolean;
  parseSpec(input: unknown): Result<ParsedSpec, SpecError>;
  resolve(input: unknown, options?: ResolveOptions): Result<Model, ResolveError>;
  providers(): readonly Provider[];
  provider(id: string): Provider | undefined;
  models(provider?: string): readonly Model[];
  /** The cost of one call, or `undefined` when the spec is unknown or its price is. */
  estimateCost(spec: string, usage: Usage): CostEstimate | undefined;
  /** The provider's default model as a spec, if the catalog names one. */
  defaultModel(provider: string): string | undefined;
  /** Whether the catalog's allow/deny policy admits the spec; aliases resolve first, unparsable is `false`. */
  allowed(spec: string): boolean;
  /** Every model matching `require`/`forbid`, providers in preference order, models by id. */
  candidates(query?: SelectQuery): string[];
  /** The first of `candidates(query)`, or `undefined`. */
  select(query?: SelectQuery): string | undefined;
  /** Models matching every criterion, sorted by spec. */
  findModels(query?: FindQuery): Model[];
  /** One row per spec for a side-by-side table; a spec the catalog lacks gets a row with `found: false`. */
  compare(specs: readonly string[]): CompareRow[];
  /** Every problem of a provider request for the model (limits, required fields, features and inputs the model lacks); never throws. */
  checkRequest(spec: string, request: unknown, options?: RequestOptions): RequestProblem[];
  /** The HTTP request for `fetch`, or the problems that block it; pure, never throws. */
  buildRequest(spec: string, request: unknown, options?: RequestOptions): BuildResult;
  /** Every model keyed by spec, filled on first access; backs the documented `catalog` value. */
  readonly catalog: { readonly [spec: string]: Model };
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const PERMISSIVE_CAPABILITIES: Capabilities = Object.freeze({
  tools: true,
  toolChoice: true,
  parallelToolCalls: true,
  toolStreaming: true,
  strictTools: true,
  structuredOutput: true,
  jsonMode: true,
  strictJson: true,
  reasoning: true,
  streaming: true,
  attachment: true,
  temperature: true,
  systemMessages: true,
  promptCaching: true,
  webSearch: true,
  localInference: false,
});

function notFound(code: ResolveError, message: string): Result<never, ResolveError> {
  return { ok: false, error: { code, message } };
}

/**
 * Builds the catalog API over generated provider tables. Lookups are O(1) on `Map`s, so any string,
 * `"__proto__"` included, is safe; a provider's rows are parsed the first time one of its models is
 * asked for.
 * @example const api = createCatalogApi([openaiData]); api.getModel("openai:gpt-4o")?.limits.context
 */
export function createCatalogApi(
  tables: readonly ProviderData[],
  options: { readonly filters?: Filters; readonly prefer?: readonly string[] } = {},
): CatalogApi {
  const policy = compileFilters(options.filters);
  const tableById = new Map<string, ProviderData>();
  const idsByFolded = new Map<string, string[]>();
  for (const table of [...tables].sort((a, b) => byCodeUnit(a.provider.id, b.provider.id))) {
    const id = table.provider.id;
    tableById.set(id, table);
    const folded = id.toLowerCase().replaceAll("_", "-");
    const same = idsByFolded.get(folded);
    if (same) same.push(id);
    else idsByFolded.set(folded, [id]);
  }
  const providerList: readonly Provider[] = Object.freeze([...tableById.values()].map((t) => t.provider));
  const lookup: ProviderLookup = {
    exact: (id) => tableById.has(id),
    folded: (folded) => idsByFolded.get(folded) ?? [],
  };

  // Exact specs of the providers loaded so far: the hot path of getModel and model is one Map.get.
  const bySpec = new Map<string, Model>();
  const loaded = new Set<string>();
  function load(table: ProviderData): void {
    if (loaded.has(table.provider.id)) return;
    for (const m of table.models()) bySpec.set(m.spec, m);
    loaded.add(table.provider.id);
  }
  function exactSpec(spec: string): Model | undefined {
    const hit = bySpec.get(spec);
    if (hit !== undefined) return hit;
    const colon = spec.indexOf(":");
    if (colon < 0) return undefined;
    const table = tableById.get(spec.slice(0, colon));
    if (table === undefined || loaded.has(table.provider.id)) return undefined;
    load(table);
    return bySpec.get(spec);
  }

  let allModels: readonly Model[] | undefined;
  function everyModel(): readonly Model[] {
    if (allModels) return allModels;
    const list: Model[] = [];
    for (const table of tableById.values()) {
      load(table);
      list.push(...table.models());
    }
    allModels = Object.freeze(list.sort((a, b) => byCodeUnit(a.spec, b.spec)));
    return allModels;
  }

  // Bare ids and aliases across providers, built on the first bare lookup.
  let byBareId: Map<string, Model[]> | undefined;
  function bareIndex(): Map<string, Model[]> {
    if (byBareId) return byBareId;
    byBareId = new Map();
    for (const m of everyModel()) {
      for (const key of [m.id, ...m.aliases]) {
        const hits = byBareId.get(key);
        if (!hits) byBareId.set(key, [m]);
        else if (!hits.includes(m)) hits.push(m);
      }
    }
    return byBareId;
  }

  function parseSpec(input: unknown): Result<ParsedSpec, SpecError> {
    return parseSpecWith(input, lookup);
  }

  function resolveBare(id: string, scope: ResolveOptions["scope"]): Result<Model, ResolveError> {
    const scopes = scope === undefined ? undefined : new Set(typeof scope === "string" ? [scope] : scope);
    const hits = (bareIndex().get(id) ?? []).filter((m) => scopes === undefined || scopes.has(m.provider));
    if (hits.length === 1) return { ok: true, value: hits[0]! };
    if (hits.length === 0) return notFound("not_found", `No model ${JSON.stringify(id)}`);
    const specs = hits.map((m) => m.spec).sort(byCodeUnit);
    return notFound("ambiguous", `${JSON.stringify(id)} is ambiguous: ${specs.join(", ")}`);
  }

  function resolve(input: unknown, options: ResolveOptions = {}): Result<Model, ResolveError> {
    if (typeof input !== "string") return notFound("invalid_format", `Expected a string, got ${typeof input}`);
    const exact = exactSpec(input);
    if (exact) return { ok: true, value: exact };
    if (input.trim() === "") return notFound("not_found", "Empty model name");
    const parsed = parseSpec(input);
    if (parsed.ok) {
      const table = tableById.get(parsed.value.provider)!;
      const hit = table.model(parsed.value.model) ?? table.modelByAlias(parsed.value.model);
      if (hit) return { ok: true, value: hit };
      return notFound("not_found", `No model ${JSON.stringify(parsed.value.model)} for provider '${parsed.value.provider}'`);
    }
    const code = parsed.error.code;
    // Ids may contain ":" (Bedrock "…-v1:0"), so a string whose head is no provider may be a bare id.
    if (code === "invalid_format" || code === "unknown_provider" || code === "bad_provider") {
      const bare = resolveBare(input.trim(), options.scope);
      if (bare.ok || code === "invalid_format") return bare;
    }
    return parsed;
  }

  function model(spec: string): Model {
    const hit = typeof spec === "string" ? exactSpec(spec) : undefined;
    if (hit === undefined) throw new TypeError(`Unknown model spec ${JSON.stringify(spec)}; use getModel() for untrusted input`);
    return hit;
  }

  function customModel(spec: string): Model {
    const known = typeof spec === "string" ? exactSpec(spec) : undefined;
    if (known) return known;
    const colon = typeof spec === "string" ? spec.indexOf(":") : -1;
    const provider = colon > 0 ? spec.slice(0, colon) : "";
    const id = colon > 0 ? spec.slice(colon + 1) : "";
    if (provider === "" || id === "") throw new TypeError(`customModel expects "provider:model", got ${JSON.stringify(spec)}`);
    return Object.freeze({
      spec: formatSpec(provider, id),
      provider,
      id,
      name: id,
      aliases: Object.freeze([]),
      tags: Object.freeze([]),
      status: "active",
      mode: "chat",
      limits: Object.freeze({}),
      modalities: Object.freeze({
        input: Object.freeze(["text", "image", "audio", "video", "pdf"] as const),
        output: Object.freeze(["text"] as const),
      }),
      capabilities: PERMISSIVE_CAPABILITIES,
    });
  }

  function candidates(query: SelectQuery, limit = Infinity): string[] {
    const matches = featureMatcher(query);
    const found: string[] = [];
    for (const id of providerOrder([...tableById.keys()], query.prefer ?? options.prefer ?? [], query.scope)) {
      for (const m of tableById.get(id)!.models()) {
        if (!matches(m)) continue;
        found.push(m.spec);
        if (found.length >= limit) return found;
      }
    }
    return found;
  }

  /** The model and provider a request targets, or the problem that there is none. */
  function requestTarget(spec: unknown): { model: Model; provider: Provider } | RequestProblem {
    const found = typeof spec === "string" ? (exactSpec(spec) ?? (spec.includes(":") ? resolve(spec) : undefined)) : undefined;
    const model = found === undefined ? undefined : "spec" in found ? found : found.ok ? found.value : undefined;
    if (model === undefined) {
      return { path: "", code: "unknown_model", severity: "error", message: `No model ${JSON.stringify(spec) ?? String(spec)} in the catalog` };
    }
    return { model, provider: tableById.get(model.provider)!.provider };
  }

  // Price lists in estimateCost's fixed shape, by exact spec, compiled on first use.
  const compiledCosts = new Map<string, CompiledCost | null>();

  const catalog = new Proxy(Object.create(null) as { [spec: string]: Model }, {
    get: (_target, key) => (typeof key === "string" ? exactSpec(key) : undefined),
    has: (_target, key) => typeof key === "string" && exactSpec(key) !== undefined,
    ownKeys: () => everyModel().map((m) => m.spec),
    getOwnPropertyDescriptor: (_target, key) => {
      const value = typeof key === "string" ? exactSpec(key) : undefined;
      return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: false };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });

  return {
    model,
    providerModel: (provider, id) => model(formatSpec(provider, id)),
    customModel,
    getModel: (input) => {
      const hit = bySpec.get(input);
      if (hit !== undefined) return hit;
      const resolved = resolve(input);
      return resolved.ok ? resolved.value : undefined;
    },
    isModelSpec: (input) => typeof input === "string" && exactSpec(input) !== undefined,
    parseSpec,
    resolve,
    providers: () => providerList,
    provider: (id) => tableById.get(id)?.provider,
    models: (provider) => {
      if (provider === undefined) return everyModel();
      const table = tableById.get(provider);
      return table ? table.models() : [];
    },
    compare: (specs) =>
      specs.map((spec): CompareRow => {
        const found = resolve(spec);
        if (!found.ok) return { spec, found: false };
        const m = found.value;
        return {
          spec: m.spec,
          found: true,
          name: m.name,
          context: m.limits.context,
          output: m.limits.output,
          inputCost: m.cost?.input,
          outputCost: m.cost?.output,
          tools: m.capabilities.tools,
          reasoning: m.capabilities.reasoning,
          vision: m.modalities.input.includes("image"),
          status: m.status,
          releaseDate: m.releaseDate,
        };
      }),
    checkRequest: (spec, request, requestOptions) => {
      const target = requestTarget(spec);
      return "code" in target ? [target] : checkModelRequest(target.model, target.provider, request, requestOptions);
    },
    buildRequest: (spec, request, requestOptions) => {
      const target = requestTarget(spec);
      if ("code" in target) return { ok: false, error: { code: target.code, message: target.message }, problems: [target] };
      return buildModelRequest(target.model, target.provider, request, requestOptions);
    },
    candidates: (query = {}) => candidates(query),
    select: (query = {}) => candidates(query, 1)[0],
    findModels: (query = {}) => everyModel().filter(findMatcher(query)),
    estimateCost: (spec, usage) => {
      const compiled = compiledCosts.get(spec);
      if (compiled !== undefined) return compiled === null ? undefined : costOfCompiled(compiled, usage);
      const exact = bySpec.get(spec);
      if (exact !== undefined) {
        // Cache only exact specs: an alias or bare id must keep resolving as the catalog says.
        const fresh = exact.cost === undefined ? null : compileCost(exact.cost);
        compiledCosts.set(spec, fresh);
        return fresh === null ? undefined : costOfCompiled(fresh, usage);
      }
      const m = resolve(spec);
      return m.ok ? costOf(m.value.cost, usage) : undefined;
    },
    defaultModel: (id) => {
      const table = tableById.get(id);
      const model = table?.provider.defaultModel;
      return model === undefined ? undefined : formatSpec(table!.provider.id, model);
    },
    allowed: (spec) => {
      if (typeof spec !== "string") return false;
      const known = resolve(spec);
      if (known.ok) return isAllowed(policy, known.value.provider, known.value.id);
      // A spec outside the catalog (customModel) is judged by its parts; an unparsable one is not allowed.
      const parsed = parseSpec(spec);
      if (parsed.ok) return isAllowed(policy, parsed.value.provider, parsed.value.model);
      if (parsed.error.code !== "unknown_provider") return false;
      const colon = spec.indexOf(":");
      return isAllowed(policy, spec.slice(0, colon).trim(), spec.slice(colon + 1).trim());
    },
    catalog,
  };
}
