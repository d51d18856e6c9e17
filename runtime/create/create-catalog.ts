// Catalogs built at run time: the stages of `gen` from checked records to complete ones (merge,
// completion, aliases), then the same index and API a generated catalog binds to.
import { catalogApiOver, catalogBaseOf, type CatalogApi, type CatalogBase } from "../catalog-api.js";
import { createCatalogIndex, derivedIndex, type CatalogIndex } from "../catalog/catalog-index.js";
import type { CompareRow } from "../catalog/listing-api.js";
import type { CostEstimate, Usage } from "../cost.js";
import { byCodeUnit } from "../order.js";
import type { Filters } from "../policy.js";
import { providerDataOf, type ProviderData } from "../provider-data.js";
import type { BuildResult, RequestOptions, RequestProblem } from "../request.js";
import type { SelectQuery } from "../select.js";
import { foldProviderId } from "../spec.js";
import type { Model, Provider } from "../types.js";
import type { CatalogProblem, CatalogProblemCode, Severity } from "./catalog-problem.js";
import { cleanAliases } from "./clean-aliases.js";
import { completeModel, completeProvider } from "./complete-records.js";
import type { Draft, ModelDraft, ProviderDraft } from "./drafts.js";
import { formatKeyPath } from "./format-key-path.js";
import { mergeFields } from "./merge-fields.js";
import { readSource, type CatalogSource, type Patch } from "./read-sources.js";

export type { CatalogProblem, CatalogProblemCode, Severity } from "./catalog-problem.js";
export type { CatalogSource, RuntimeSourceFormat } from "./read-sources.js";

/** Options of `createCatalog` and `extend`. */
export interface CreateCatalogOptions {
  /**
   * Deprecation cut-off (`YYYY-MM-DD`): models whose `deprecation_date` is on or before it are
   * deprecated. Never the clock; without it, only a stated `status` deprecates.
   */
  readonly asOf?: string;
  /** Providers `select` and `candidates` try first; `extend` keeps its base's unless given. */
  readonly prefer?: readonly string[];
  /** The allow/deny policy `allowed()` answers with; `extend` keeps its base's unless given. */
  readonly filters?: Filters;
}

/** The members of a catalog that take or return its specs, typed by `S`. */
interface SpecTyped<S extends string> {
  /** The model with exactly this spec; throws a `TypeError` for a spec the catalog lacks (use `getModel` for untrusted input). */
  model(spec: S): Model;
  /** Whether `input` is exactly a spec of this catalog. */
  isModelSpec(input: unknown): input is S;
  /** The best model for the query, as `select` of a generated catalog. */
  select(query?: SelectQuery): S | undefined;
  /** Every model `select` would consider, in its order. */
  candidates(query?: SelectQuery): S[];
  /** The provider's default model as a spec, if the data names one. */
  defaultModel(provider: string): S | undefined;
  /** What a call costs in USD, or `undefined` when the spec or its price is unknown. */
  estimateCost(spec: S | (string & {}), usage: Usage): CostEstimate | undefined;
  /** Every problem of a provider request for the model; never throws. */
  checkRequest(spec: S | (string & {}), request: unknown, options?: RequestOptions): RequestProblem[];
  /** The HTTP request for `fetch`, or the problems that block it; pure, never throws. */
  buildRequest(spec: S | (string & {}), request: unknown, options?: RequestOptions): BuildResult;
  /** One row per spec for a side-by-side table. */
  compare(specs: readonly (S | (string & {}))[]): CompareRow[];
  /** Every model keyed by spec; records are shared, never copied. */
  readonly catalog: { readonly [K in S]: Model };
}

/**
 * A catalog built at run time: the API a generated index exports, over data given at run time.
 * `S` types its specs: `string` unless the caller names them (`createCatalog<"acme:a" | "acme:b">(…)`).
 */
export interface RuntimeCatalog<S extends string = string> extends Omit<CatalogApi, keyof SpecTyped<S>>, SpecTyped<S> {
  /** The provider preference `select` applies, limited to providers the catalog has. */
  readonly preferredProviders: readonly string[];
}

/** What `createCatalog` and `extend` return: the catalog and what was noticed on the way, or every problem that blocks it. */
export type CreateCatalogResult<S extends string = string> =
  | { readonly ok: true; readonly catalog: RuntimeCatalog<S>; readonly problems: readonly CatalogProblem[] }
  | { readonly ok: false; readonly problems: readonly CatalogProblem[] };

/** The specs of a catalog, from the keys of its `catalog` view. */
export type SpecOf<C extends { readonly catalog: object }> = Extract<keyof C["catalog"], string>;

/** A provider's merged state while a catalog is built: its fields, its models, and which of them this build changed. */
interface Entry {
  fields: ProviderDraft;
  providerChanged: boolean;
  readonly models: Map<string, Model | ModelDraft>;
  readonly changed: Set<string>;
  /** The last source that set something of the provider or of each model, where later problems are reported. */
  readonly source: Map<string | undefined, string>;
}

const CATALOG_SOURCE = "catalog";

function sourcesOf(sources: CatalogSource | readonly CatalogSource[]): readonly CatalogSource[] {
  return Array.isArray(sources) ? (sources as readonly CatalogSource[]) : [sources as CatalogSource];
}

function build<S extends string>(base: CatalogBase | undefined, sources: readonly CatalogSource[], options: CreateCatalogOptions): CreateCatalogResult<S> {
  const problems: CatalogProblem[] = [];
  const order = new Map<string, number>();
  const add = (source: string, severity: Severity, code: CatalogProblemCode, keyPath: readonly (string | number)[], message: string) =>
    problems.push({ source, severity, code, keyPath: formatKeyPath(keyPath), message });

  const patches: { patch: Patch; source: string }[] = [];
  sources.forEach((source, i) => {
    const name = source?.name ?? `source ${i + 1}`;
    order.set(name, i);
    if (typeof source !== "object" || source === null || (source.format !== "models-dev-json" && source.format !== "overlay")) {
      add(
        name,
        "error",
        "invalid_value",
        [],
        `Expected { format: "models-dev-json" | "overlay", data }, got a source of format ${JSON.stringify(source?.format)}`,
      );
      return;
    }
    const read = readSource(source, name);
    problems.push(...read.problems);
    for (const patch of read.patches) patches.push({ patch, source: name });
  });

  // merge: the last value that is not null wins, objects merge, lists replace (aliases and tags accumulate).
  const entries = new Map<string, Entry>();
  const baseTable = (id: string): ProviderData | undefined => base?.index.tableById.get(id);
  function entryOf(provider: string): Entry {
    let entry = entries.get(provider);
    if (entry !== undefined) return entry;
    const table = baseTable(provider);
    entry = {
      fields: (table?.provider ?? {}) as ProviderDraft,
      providerChanged: table === undefined,
      models: new Map((table?.models() ?? []).map((m) => [m.id, m])),
      changed: new Set(),
      source: new Map(),
    };
    entries.set(provider, entry);
    return entry;
  }
  for (const { patch, source } of patches) {
    const entry = entryOf(patch.provider);
    if (patch.kind === "provider") {
      entry.fields = mergeFields(entry.fields, patch.fields);
      entry.providerChanged = true;
      entry.source.set(undefined, source);
      continue;
    }
    const prev = entry.models.get(patch.id);
    const { fields } = patch;
    if (prev === undefined && patch.sparse && fields.name === undefined && fields.limits === undefined && fields.cost === undefined) {
      add(
        source,
        "warning",
        "overlay_creates_model",
        [patch.provider, "models", patch.id],
        `No earlier source has ${patch.provider}:${patch.id}, and this record has no name, limits or cost; check the id`,
      );
    }
    entry.models.set(patch.id, prev === undefined ? fields : mergeFields(prev as ModelDraft, fields));
    entry.changed.add(patch.id);
    entry.source.set(patch.id, source);
  }

  // providers that differ only by case or -/_ cannot both be looked up
  const byFolded = new Map<string, string>();
  const allIds = [...new Set([...(base?.index.tableById.keys() ?? []), ...entries.keys()])].sort(byCodeUnit);
  for (const id of allIds) {
    const folded = foldProviderId(id);
    const clash = byFolded.get(folded);
    if (clash !== undefined && (entries.has(id) || entries.has(clash))) {
      const at = entries.get(id)?.source.values().next().value ?? CATALOG_SOURCE;
      add(
        at,
        "error",
        "provider_fold_collision",
        [id],
        `Providers "${clash}" and "${id}" differ only by case or -/_; join them with a providers map or rename one`,
      );
    }
    byFolded.set(folded, id);
  }

  // complete records, then the alias rules, provider by provider
  const tables: ProviderData[] = [];
  for (const id of [...entries.keys()].sort(byCodeUnit)) {
    const entry = entries.get(id)!;
    const provider: Provider = entry.providerChanged ? completeProvider(id, entry.fields as Draft<Provider>) : (entry.fields as Provider);
    const complete = [...entry.models.keys()].sort(byCodeUnit).map((modelId) => {
      const draft = entry.models.get(modelId)!;
      if (!entry.changed.has(modelId)) return draft as Model;
      return completeModel(id, modelId, draft as ModelDraft, options.asOf, (code, _path, message) =>
        add(entry.source.get(modelId) ?? CATALOG_SOURCE, "warning", code, [id, "models", modelId], message),
      );
    });
    const models = cleanAliases(complete, (m, _alias, severity, code, message) =>
      add(entry.source.get(m.id) ?? CATALOG_SOURCE, severity, code, [m.provider, "models", m.id, "aliases"], message),
    );
    tables.push(providerDataOf(provider, models));
  }

  const index: CatalogIndex = base === undefined ? createCatalogIndex(tables) : derivedIndex(base.index, tables);
  if (base === undefined && tables.every((t) => t.models().length === 0) && !problems.some((p) => p.severity === "error")) {
    add(CATALOG_SOURCE, "error", "empty_catalog", [], "The sources yield no models");
  }
  problems.sort(
    (a, b) =>
      (order.get(a.source) ?? sources.length) - (order.get(b.source) ?? sources.length) || byCodeUnit(a.keyPath, b.keyPath) || byCodeUnit(a.code, b.code),
  );
  if (problems.some((p) => p.severity === "error")) return { ok: false, problems };

  const prefer = options.prefer ?? base?.options.prefer ?? [];
  const known = prefer.filter((id, i) => index.tableById.has(id) && prefer.indexOf(id) === i);
  const api = catalogApiOver(index, { filters: options.filters ?? base?.options.filters, prefer: known });
  return { ok: true, catalog: { ...api, preferredProviders: Object.freeze(known) } as unknown as RuntimeCatalog<S>, problems };
}

/**
 * A catalog built at run time from models.dev-shaped or overlay-shaped data, with the same API a
 * generated index exports. The data is checked with `gen`'s rules and codes; invalid data gives every
 * problem (`ok: false`), never an exception. Does no IO: the caller passes data it already has.
 * Sources apply in order, the last winning, as `gen`'s sources do.
 * @example const r = createCatalog({ format: "overlay", data: { acme: { models: { fast: { name: "Fast" } } } } }); if (r.ok) r.catalog.getModel("acme:fast")
 */
export function createCatalog<S extends string = string>(
  sources: CatalogSource | readonly CatalogSource[],
  options: CreateCatalogOptions = {},
): CreateCatalogResult<S> {
  return build<S>(undefined, sourcesOf(sources), options);
}

/**
 * A catalog with models added or corrected on top of `base`: a generated catalog's module (`import *
 * as llm from "llm-catalog"`) or a catalog from `createCatalog`. Only the providers the sources touch
 * are rebuilt; every other lookup goes to the base's own indexes, and the base is never changed.
 * Throws a `TypeError` when `base` is not a catalog.
 * @example const r = extend(llm, { format: "overlay", data: { ollama: { protocol: "openai-compatible", base_url: "http://localhost:11434/v1", models: { "llama3.2": { name: "Llama 3.2" } } } } });
 */
export function extend<C extends { readonly catalog: object }, S extends string = never>(
  base: C,
  sources: CatalogSource | readonly CatalogSource[],
  options: CreateCatalogOptions = {},
): CreateCatalogResult<SpecOf<C> | S> {
  const found = catalogBaseOf((base as { catalog?: unknown } | null | undefined)?.catalog);
  if (found === undefined) throw new TypeError("extend expects a catalog: a generated index's module, or the catalog createCatalog returned");
  return build<SpecOf<C> | S>(found, sourcesOf(sources), options);
}
