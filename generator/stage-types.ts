import type { Filters } from "../runtime/policy.js";
import type { RouteConfig } from "./config/define-config.js";
import type { Model, Provider } from "../runtime/types.js";
import type { ModelDraft, ProviderDraft } from "../runtime/create/drafts.js";
import type { Diagnostic, KeyPath } from "./diagnostics.js";

import type { SourceFormat } from "./config/source-formats.js";

export { SOURCE_FORMATS, type SourceFormat } from "./config/source-formats.js";

/** A configured source: a file or folder in one format. */
export interface SourceSpec {
  readonly format: SourceFormat;
  /** Relative to the project root. */
  readonly path: string;
  /** Renames this source's provider ids before merging. */
  readonly providers?: Readonly<Record<string, string>>;
}

/** One file as read. `path` is relative to the project root; a higher `rank` wins the merge. */
export interface SourceFile {
  readonly path: string;
  readonly format: SourceFormat;
  readonly rank: number;
  readonly text: string;
}

/** A line and column, both 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** One provider or model entry as found in a file, not yet validated. */
export interface SourceRecord {
  readonly kind: "provider" | "model";
  readonly provider: string;
  /** The model id; absent on provider records. */
  readonly id?: string;
  readonly value: unknown;
  readonly origin: { readonly file: SourceFile; readonly keyPath: KeyPath };
  /** Position of a key path (absolute within the file), or of its nearest located ancestor. */
  locate(path: KeyPath): Position | undefined;
}

/** What a reader returns: the located records of its files and the problems found on the way. */
export interface ReadResult {
  readonly records: SourceRecord[];
  readonly diagnostics: Diagnostic[];
}

export type { Draft, ModelDraft, ProviderDraft } from "../runtime/create/drafts.js";

/** Validated, sparse, in the canonical shape; one source's patches form a layer. */
export type RecordPatch =
  | (Omit<SourceRecord, "value" | "kind"> & { readonly kind: "provider"; readonly fields: ProviderDraft })
  | (Omit<SourceRecord, "value" | "kind"> & { readonly kind: "model"; readonly id: string; readonly fields: ModelDraft });

/** What a stage hands on, and the problems it found on the way. */
export interface StageResult<T> {
  readonly value: T;
  readonly diagnostics: readonly Diagnostic[];
}

/** One provider's merged fields and its models' merged fields, before defaults. */
export interface MergedProvider {
  fields: ProviderDraft;
  readonly models: Map<string, ModelDraft>;
}

/** Where a merged value was written: the file, its position there, and the key path in that file. */
export interface FieldOrigin {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly keyPath: KeyPath;
}

/**
 * Which file set each merged field, looked up only when a diagnostic needs it. `id` is a model id, or
 * `undefined` for the provider's own fields; `path` is a canonical field path such as `["cost", "input"]`.
 */
export interface FieldOrigins {
  /** The last layer that set `path` (when none did, its nearest set parent), whose value won; for `[]`, the layer that first stated the record. */
  of(provider: string, id: string | undefined, path: KeyPath): FieldOrigin | undefined;
  /** The first layer whose list at `path` holds `item`: lists such as aliases accumulate across layers. */
  ofItem(provider: string, id: string, path: KeyPath, item: unknown): FieldOrigin | undefined;
  /** The files that contributed to a provider or model, lowest precedence first. */
  files(provider: string, id: string | undefined): string[];
}

/** What merge hands on: the merged drafts, keyed by provider id, and where each field came from. */
export interface MergedCatalog {
  readonly providers: ReadonlyMap<string, MergedProvider>;
  readonly origins: FieldOrigins;
}

/** The catalog between enrich and emit, still carrying the merge it was built from, so later stages can locate their diagnostics. */
export interface ResolvedCatalog {
  readonly catalog: Catalog;
  readonly merged: MergedCatalog;
}

/** One provider and its models, both complete. */
export interface CatalogProvider {
  readonly provider: Provider;
  /** Sorted by id in code-unit order. */
  readonly models: readonly Model[];
}

/** The merged, enriched catalog that emit turns into code. */
export interface Catalog {
  /** Sorted by provider id in code-unit order. */
  readonly providers: readonly CatalogProvider[];
  /** Provider ids to try first when choosing models; all in the catalog, no duplicates. */
  readonly prefer?: readonly string[];
  /** The allow/deny policy the catalog was filtered with (config filters plus exclude_models), for `allowed()`. */
  readonly policy?: Filters;
  /** The config's routes, each resolved to a spec of this catalog, in config order. */
  readonly routes?: Readonly<Record<string, string>>;
}

/** One output file; `path` is relative to the output folder and uses `/`. */
export interface EmittedFile {
  readonly path: string;
  readonly text: string;
}

/** Everything the stages need, resolved once from flags and defaults. No stage reads flags or the clock. */
export interface GenerateContext {
  /** Absolute project root; source paths and `outDir` are relative to it. */
  readonly root: string;
  readonly sources: readonly SourceSpec[];
  /** Output folder relative to `root`. */
  readonly outDir: string;
  /** Deprecation cut-off, `YYYY-MM-DD`; from the packaged snapshot's manifest unless configured. */
  readonly asOf?: string;
  /** The config file the options came from, for diagnostics about them; `(config)` when none. */
  readonly configFile: string;
  /** That file's text, to locate diagnostics about its options; absent when there is none. */
  readonly configText?: string;
  /** Which models ship. */
  readonly filters: Filters;
  /** Default model per provider; beats any source's default. */
  readonly defaults: Readonly<Record<string, string>>;
  /** Providers to try first when choosing models. */
  readonly prefer: readonly string[];
  /** Task routes to resolve against the filtered catalog. */
  readonly routes: Readonly<Record<string, RouteConfig>>;
  /** Module specifier generated files use to import the runtime core. */
  readonly runtimeImport: string;
  readonly strict: boolean;
}
