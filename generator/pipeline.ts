import { checkAliases } from "./check-aliases.js";
import { countDiagnostics, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { emitCatalog } from "./emit/emit-catalog.js";
import { enrichCatalog, withConfigDefaults } from "./enrich.js";
import { filterCatalog } from "./filter.js";
import { mergeCatalog, sparseNewModelWarnings } from "./merge.js";
import { patternMapOf, type Filters } from "../runtime/policy.js";
import { FORMATS } from "./formats/formats.js";
import { resolveRoutes } from "./resolve-routes.js";
import { readSourceFiles } from "./sources/read-source-files.js";
import type {
  Catalog,
  EmittedFile,
  GenerateContext,
  MergedCatalog,
  RecordPatch,
  ResolvedCatalog,
  SourceFile,
  SourceRecord,
  StageResult,
} from "./stage-types.js";
import { revalidateCatalog } from "./validate/revalidate-catalog.js";
import { validateRecords } from "./validate/validate-records.js";
import { formatKeyPath } from "../runtime/create/format-key-path.js";
import { byCodeUnit } from "../runtime/order.js";

/** Counts for the summary line. */
export interface GenerateStats {
  readonly providers: number;
  readonly models: number;
  readonly files: number;
  /** Models the filters removed. */
  readonly dropped: number;
}

/** What one in-memory run produces; `files` is empty when any error was found. */
export interface GenerateResult {
  readonly files: readonly EmittedFile[];
  readonly diagnostics: readonly Diagnostic[];
  readonly catalog?: Catalog;
  readonly stats: GenerateStats;
}

/** One named step from files to the catalog that ships; `context` holds every option, resolved once. */
interface Stage<In, Out> {
  readonly name: string;
  readonly run: (input: In, context: GenerateContext) => StageResult<Out>;
}

function stage<In, Out>(name: string, run: (input: In, context: GenerateContext) => StageResult<Out>): Stage<In, Out> {
  return { name, run };
}

/** Each source's files, in path order, read by its format's reader; provider ids renamed as configured. */
const parse = stage("parse", (files: readonly SourceFile[], context): StageResult<SourceRecord[]> => {
  const records: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [rank, source] of context.sources.entries()) {
    // Code-unit order by path, whatever order the caller read them in: within a folder source, a
    // later file wins the merge, and that must never depend on the file system.
    const ofSource = files.filter((f) => f.rank === rank).sort((a, b) => byCodeUnit(a.path, b.path));
    if (ofSource.length === 0) continue;
    const read = FORMATS[source.format].read(ofSource, source.path.replace(/\/+$/, ""));
    const rename = source.providers ?? {};
    records.push(...read.records.map((r) => (Object.hasOwn(rename, r.provider) ? { ...r, provider: rename[r.provider]! } : r)));
    diagnostics.push(...read.diagnostics);
  }
  return { value: records, diagnostics };
});

/** Each record checked alone against its format's schema and mapped to the canonical shape. */
const validate = stage("validate", (records: readonly SourceRecord[]): StageResult<RecordPatch[]> => {
  const { patches, diagnostics } = validateRecords(records);
  return { value: patches, diagnostics };
});

/** Patches applied in precedence order, each field remembering the file that set it. */
const merge = stage(
  "merge",
  (patches: readonly RecordPatch[]): StageResult<MergedCatalog> => ({
    value: mergeCatalog(patches),
    diagnostics: sparseNewModelWarnings(patches, (patch) => FORMATS[patch.origin.file.format].patchesModels),
  }),
);

/** Complete records: derived fields and defaults, providers and models sorted by id. */
const enrich = stage("enrich", (merged: MergedCatalog, context): StageResult<ResolvedCatalog> => {
  const { catalog, diagnostics } = enrichCatalog(merged.providers, context.asOf, merged.origins);
  return { value: { catalog, merged }, diagnostics };
});

/** The config's default model per provider, which beats any source's. */
const defaults = stage("defaults", ({ catalog, merged }: ResolvedCatalog, context): StageResult<ResolvedCatalog> => {
  const result = withConfigDefaults(catalog, context.defaults, context.configFile);
  return { value: { catalog: result.catalog, merged }, diagnostics: result.diagnostics };
});

/** Aliases cleaned, and every alias that could return the wrong model reported. */
const aliases = stage("aliases", ({ catalog, merged }: ResolvedCatalog): StageResult<ResolvedCatalog> => {
  const result = checkAliases(catalog, merged.origins);
  return { value: { catalog: result.catalog, merged }, diagnostics: result.diagnostics };
});

/** The configured filters plus each provider's `exclude_models` as deny patterns. */
function withExcludedModels(filters: Filters, merged: MergedCatalog): Filters {
  const deny = patternMapOf(filters.deny);
  for (const [provider, entry] of merged.providers) {
    const excluded = entry.fields.excludeModels ?? [];
    if (excluded.length > 0) deny.set(provider, [...(deny.get(provider) ?? []), ...excluded]);
  }
  return { ...filters, deny: Object.fromEntries(deny) };
}

/** Only the models the allow/deny policy lets through; the policy travels with the catalog for `allowed()`. */
const filter = stage("filter", ({ catalog, merged }: ResolvedCatalog, context): StageResult<ResolvedCatalog> => {
  const policy = withExcludedModels(context.filters, merged);
  const result = filterCatalog(catalog, policy, context.configFile);
  return { value: { catalog: { ...result.catalog, policy }, merged }, diagnostics: result.diagnostics };
});

/** Every shipped record checked against the catalog's own schema. */
const revalidate = stage(
  "revalidate",
  (resolved: ResolvedCatalog): StageResult<ResolvedCatalog> => ({
    value: resolved,
    diagnostics: revalidateCatalog(resolved.catalog, resolved.merged.origins),
  }),
);

/** The configured provider preference, limited to providers that ship, in order, without duplicates. */
const prefer = stage("prefer", ({ catalog, merged }: ResolvedCatalog, context): StageResult<ResolvedCatalog> => {
  const known = new Set(catalog.providers.map((p) => p.provider.id));
  const diagnostics: Diagnostic[] = [];
  const preferred: string[] = [];
  for (const id of context.prefer) {
    if (!known.has(id)) {
      diagnostics.push({
        file: context.configFile,
        severity: "warning",
        code: "prefer_unknown_provider",
        keyPath: formatKeyPath(["prefer", id]),
        message: `Provider "${id}" is not in the catalog; skipped`,
      });
    } else if (!preferred.includes(id)) preferred.push(id);
  }
  return { value: { catalog: { ...catalog, prefer: preferred }, merged }, diagnostics };
});

/** The configured task routes, each resolved to a spec of the catalog that ships. */
const routes = stage("routes", ({ catalog, merged }: ResolvedCatalog, context): StageResult<ResolvedCatalog> => {
  if (Object.keys(context.routes).length === 0) return { value: { catalog, merged }, diagnostics: [] };
  const result = resolveRoutes(catalog, context.routes, context.configFile, context.configText);
  return { value: { catalog: { ...catalog, routes: result.routes }, merged }, diagnostics: result.diagnostics };
});

/** The stages `catalogFromFiles` runs, in order. */
export const PIPELINE_STAGES = [parse, validate, merge, enrich, defaults, aliases, filter, revalidate, prefer, routes].map((s) => s.name);

/**
 * The stages from already-read files to the catalog that ships, without emitting: what `diff`
 * compares. Diagnostics are not sorted yet.
 */
export function catalogFromFiles(
  files: readonly SourceFile[],
  context: GenerateContext,
  readDiagnostics: readonly Diagnostic[] = [],
): { catalog: Catalog; diagnostics: Diagnostic[]; stats: Omit<GenerateStats, "files"> } {
  const diagnostics: Diagnostic[] = [...readDiagnostics];
  const run = <In, Out>(step: Stage<In, Out>, input: In): Out => {
    const result = step.run(input, context);
    diagnostics.push(...result.diagnostics);
    return result.value;
  };
  const records = run(parse, files);
  const patches = run(validate, records);
  const merged = run(merge, patches);
  const enriched = run(enrich, merged);
  const defaulted = run(defaults, enriched);
  const aliased = run(aliases, defaulted);
  const filtered = run(filter, aliased);
  const checked = run(revalidate, filtered);
  const preferred = run(prefer, checked);
  const { catalog } = run(routes, preferred);

  const mergedModels = [...merged.providers.values()].reduce((n, p) => n + p.models.size, 0);
  const models = catalog.providers.reduce((n, p) => n + p.models.length, 0);
  if (models === 0 && countDiagnostics(diagnostics).error === 0) {
    diagnostics.push({ file: context.configFile, severity: "error", code: "empty_catalog", keyPath: "", message: "The sources yield no models" });
  }
  return { catalog, diagnostics, stats: { providers: catalog.providers.length, models, dropped: mergedModels - models } };
}

/** The stages from already-read files to emitted files, without touching the disk. */
export function generateFromFiles(files: readonly SourceFile[], context: GenerateContext, readDiagnostics: readonly Diagnostic[] = []): GenerateResult {
  const { catalog, diagnostics, stats } = catalogFromFiles(files, context, readDiagnostics);
  const counts = countDiagnostics(diagnostics);
  const blocked = counts.error > 0 || (context.strict && counts.warning > 0);
  const emitted = blocked ? { files: [], diagnostics: [] } : emitCatalog(catalog, context.runtimeImport);
  diagnostics.push(...emitted.diagnostics);
  return {
    files: emitted.files,
    diagnostics: sortDiagnostics(diagnostics),
    catalog,
    stats: { providers: stats.providers, models: stats.models, files: emitted.files.length, dropped: stats.dropped },
  };
}

/** Reads the context's sources and runs every stage in memory: `gen`, `gen --check` and `validate` share it. */
export async function generateCatalog(context: GenerateContext): Promise<GenerateResult> {
  const read = await readSourceFiles(context);
  return generateFromFiles(read.files, context, read.diagnostics);
}
