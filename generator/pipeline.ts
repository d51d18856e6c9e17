import { countDiagnostics, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { emitCatalog } from "./emit/emit-catalog.js";
import { aliasOriginsOf, checkAliases } from "./check-aliases.js";
import { enrichCatalog, withConfigDefaults } from "./enrich.js";
import { filterCatalog } from "./filter.js";
import { mergeCatalog, sparseNewModelWarnings, type MergedProvider } from "./merge.js";
import { patternMapOf, type Filters } from "../runtime/policy.js";
import { readExLlmYaml } from "./sources/ex-llm-yaml.js";
import { readModelsDevJson } from "./sources/models-dev-json.js";
import { readModelsDevToml } from "./sources/models-dev-toml.js";
import { readOverlay } from "./sources/overlay.js";
import { readLlmModelsToml } from "./sources/llm-models-toml.js";
import { readSourceFiles } from "./sources/read-source-files.js";
import type { Catalog, EmittedFile, GenerateContext, SourceFile, SourceRecord } from "./stage-types.js";
import { revalidateCatalog } from "./validate/revalidate-catalog.js";
import { validateRecords } from "./validate/validate-records.js";

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

function concatReads(reads: readonly { records: SourceRecord[]; diagnostics: Diagnostic[] }[]): { records: SourceRecord[]; diagnostics: Diagnostic[] } {
  return { records: reads.flatMap((r) => r.records), diagnostics: reads.flatMap((r) => r.diagnostics) };
}

/** The records of one source: a file, or the files of a folder (`root`). */
function readSource(files: readonly SourceFile[], root: string): { records: SourceRecord[]; diagnostics: Diagnostic[] } {
  const format = files[0]!.format;
  switch (format) {
    case "models-dev-json":
      return concatReads(files.map(readModelsDevJson));
    case "ex-llm-yaml":
      // A capability-discovery file counts only when it is named as a source on its own.
      return concatReads(files.map((file) => readExLlmYaml(file, file.path === root)));
    case "models-dev-toml":
      return readModelsDevToml(files, root);
    case "overlay":
      return readOverlay(files, root);
    case "llm-models-toml":
      return readLlmModelsToml(files, root);
    default:
      return {
        records: [],
        diagnostics: [{ file: root, severity: "error", code: "format_unsupported", keyPath: "", message: `Format "${format}" is not supported yet` }],
      };
  }
}

/** The configured provider preference, limited to providers that ship, in order, without duplicates. */
function preferredProviders(catalog: Catalog, prefer: readonly string[], configFile: string): { prefer: string[]; diagnostics: Diagnostic[] } {
  const known = new Set(catalog.providers.map((p) => p.provider.id));
  const diagnostics: Diagnostic[] = [];
  const result: string[] = [];
  for (const id of prefer) {
    if (!known.has(id)) {
      diagnostics.push({ file: configFile, severity: "warning", code: "prefer_unknown_provider", keyPath: `prefer.${id}`, message: `Provider "${id}" is not in the catalog; skipped` });
    } else if (!result.includes(id)) result.push(id);
  }
  return { prefer: result, diagnostics };
}

/** The configured filters plus each provider's `exclude_models` as deny patterns. */
function withExcludedModels(filters: Filters, merged: ReadonlyMap<string, MergedProvider>): Filters {
  const deny = patternMapOf(filters.deny);
  for (const [provider, entry] of merged) {
    const excluded = entry.fields.excludeModels ?? [];
    if (excluded.length > 0) deny.set(provider, [...(deny.get(provider) ?? []), ...excluded]);
  }
  return { ...filters, deny: Object.fromEntries(deny) };
}

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
  const records: SourceRecord[] = [];
  for (const [rank, source] of context.sources.entries()) {
    // Code-unit order by path, whatever order the caller read them in: within a folder source, a
    // later file wins the merge, and that must never depend on the file system.
    const ofSource = files.filter((f) => f.rank === rank).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (ofSource.length === 0) continue;
    const parsed = readSource(ofSource, source.path.replace(/\/+$/, ""));
    const rename = source.providers ?? {};
    records.push(...parsed.records.map((r) => (Object.hasOwn(rename, r.provider) ? { ...r, provider: rename[r.provider]! } : r)));
    diagnostics.push(...parsed.diagnostics);
  }
  const validated = validateRecords(records);
  diagnostics.push(...validated.diagnostics);
  diagnostics.push(...sparseNewModelWarnings(validated.patches));
  const merged = mergeCatalog(validated.patches);
  const enriched = enrichCatalog(merged, context.asOf);
  const withDefaults = withConfigDefaults(enriched.catalog, context.defaults, context.configFile);
  const aliased = checkAliases(withDefaults.catalog, aliasOriginsOf(validated.patches));
  const policy = withExcludedModels(context.filters, merged);
  const filtered = filterCatalog(aliased.catalog, policy, context.configFile);
  diagnostics.push(...revalidateCatalog(filtered.catalog, validated.patches));
  const preferred = preferredProviders(filtered.catalog, context.prefer, context.configFile);
  const catalog: Catalog = { ...filtered.catalog, prefer: preferred.prefer, policy };
  diagnostics.push(...preferred.diagnostics);
  diagnostics.push(...enriched.diagnostics, ...withDefaults.diagnostics, ...aliased.diagnostics, ...filtered.diagnostics);
  const models = catalog.providers.reduce((n, p) => n + p.models.length, 0);
  if (models === 0 && countDiagnostics(diagnostics).error === 0) {
    diagnostics.push({ file: "(catalog)", severity: "error", code: "empty_catalog", keyPath: "", message: "The sources yield no models" });
  }
  return { catalog, diagnostics, stats: { providers: catalog.providers.length, models, dropped: filtered.stats.droppedModels } };
}

/** The stages from already-read files to emitted files, without touching the disk. */
export function generateFromFiles(
  files: readonly SourceFile[],
  context: GenerateContext,
  readDiagnostics: readonly Diagnostic[] = [],
): GenerateResult {
  const { catalog, diagnostics, stats } = catalogFromFiles(files, context, readDiagnostics);
  const counts = countDiagnostics(diagnostics);
  const blocked = counts.error > 0 || (context.strict && counts.warning > 0);
  const emitted = blocked ? { files: [], diagnostics: [] } : emitCatalog(catalog, context.runtimeImport);
  diagnostics.push(...emitted.diagnostics);
  return { files: emitted.files, diagnostics: sortDiagnostics(diagnostics), catalog, stats: { providers: stats.providers, models: stats.models, files: emitted.files.length, dropped: stats.dropped } };
}

/** Reads the context's sources and runs every stage in memory: `gen`, `gen --check` and `validate` share it. */
export async function generateCatalog(context: GenerateContext): Promise<GenerateResult> {
  const read = await readSourceFiles(context);
  return generateFromFiles(read.files, context, read.diagnostics);
}
