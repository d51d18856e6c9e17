import { resolve } from "node:path";
import { changeCounts, changeSummary, diffCatalogs, unchangedDiff, type CatalogDiff } from "../diff-catalogs.js";
import { generateCatalog, type GenerateResult } from "../pipeline.js";
import { readGeneratedCatalogData, readPreviousCatalogData } from "../sources/generated-catalog-data.js";
import type { GenerateContext } from "../stage-types.js";
import { diffOutput, OutputLockedError, writeOutput } from "../write-output.js";
import type { CommandInput } from "./command-input.js";
import { formatSeconds } from "./format-seconds.js";
import { generateContextOf } from "./generate-context-of.js";
import { generationSummary, type GenerationSummary } from "./generation-summary.js";

/**
 * What changed since the previous output's data file. Byte-identical data (the usual case) costs a
 * string compare; otherwise it is read back and diffed (about 60-150 ms on the default catalog).
 */
function changesSince(previousData: string, result: GenerateResult): CatalogDiff | undefined {
  if (result.catalog === undefined) return undefined;
  if (result.files.find((f) => f.path === "catalog-data.ts")?.text === previousData) return unchangedDiff(result.catalog);
  const previous = readGeneratedCatalogData(previousData, "catalog-data.ts").catalog;
  return previous === undefined ? undefined : diffCatalogs(previous, result.catalog);
}

/** `gen --check`: compares the output in memory with the folder, listing what is out of date. */
async function checkOutput(
  { flags, out, startedAt }: CommandInput<"gen">,
  context: GenerateContext,
  result: GenerateResult,
  summary: GenerationSummary,
): Promise<number> {
  const diff = await diffOutput(resolve(context.root, context.outDir), result.files);
  const problems = [
    ...diff.stale.map((p) => `stale   ${context.outDir}/${p}`),
    ...diff.missing.map((p) => `missing ${context.outDir}/${p}`),
    ...diff.orphans.map((p) => `orphan  ${context.outDir}/${p}`),
  ];
  const elapsed = formatSeconds(performance.now() - startedAt);
  if (flags.json === true) out.stdout.push(JSON.stringify({ command: "gen --check", ok: problems.length === 0, stats: result.stats, ...diff }, null, 2));
  else {
    out.stderr.push(...problems);
    const verdict = problems.length === 0 ? "up to date" : `${problems.length} files out of date; run \`npm run gen\``;
    out.stdout.push(`gen --check: ${summary.size} → ${context.outDir}/ ${verdict} · ${elapsed}`);
  }
  return problems.length === 0 ? 0 : 1;
}

/** Writes the output folder and says what changed in it and in the catalog since the previous run. */
async function writeAndSummarise(
  { flags, out, startedAt }: CommandInput<"gen">,
  context: GenerateContext,
  result: GenerateResult,
  summary: GenerationSummary,
): Promise<number> {
  const outDir = resolve(context.root, context.outDir);
  // What the output held before, read back from its own data file, so the summary can say what changed.
  const previous = await readPreviousCatalogData(outDir);
  let diff: Awaited<ReturnType<typeof writeOutput>>;
  try {
    diff = await writeOutput(outDir, result.files);
  } catch (error) {
    if (!(error instanceof OutputLockedError)) throw error;
    out.stderr.push(`gen: failed: ${error.message} · ${context.outDir}/ left untouched`);
    return 1;
  }
  const changes = previous === undefined ? undefined : changesSince(previous, result);
  const written = diff.stale.length + diff.missing.length;
  const elapsed = formatSeconds(performance.now() - startedAt);
  if (flags.json === true) {
    const changed = changes === undefined ? {} : { changes: changeCounts(changes) };
    out.stdout.push(
      JSON.stringify(
        {
          command: "gen",
          ok: true,
          stats: result.stats,
          counts: summary.counts,
          written,
          removed: diff.orphans.length,
          ...changed,
          diagnostics: result.diagnostics,
        },
        null,
        2,
      ),
    );
  } else if (flags.quiet !== true) {
    const since = changes === undefined ? "" : ` · since the previous output: ${changeSummary(changes)}`;
    out.stdout.push(
      `gen: ${summary.size} → ${context.outDir}/ (${result.stats.files} files, ${written} written, ${diff.orphans.length} removed) · ${summary.tally}${since} · ${elapsed}`,
    );
  }
  return 0;
}

/**
 * `gen`: sources → validate → merge → emit, then write the output folder, or with `--check` only
 * compare with it. Invalid input prints its diagnostics and leaves the folder untouched (exit 1).
 */
export async function genCommand(input: CommandInput<"gen">): Promise<number> {
  const { flags, root, out, startedAt } = input;
  const context = await generateContextOf(root, flags, { out, command: "gen", json: flags.json });
  if (context === undefined) return 1;
  const result = await generateCatalog(context);
  const summary = generationSummary(result, context.strict, flags.quiet !== true && context.strict);
  if (summary.failed) {
    if (flags.json === true) {
      out.stdout.push(JSON.stringify({ command: "gen", ok: false, stats: result.stats, counts: summary.counts, diagnostics: result.diagnostics }, null, 2));
    } else {
      const elapsed = formatSeconds(performance.now() - startedAt);
      out.stderr.push(...summary.lines, `gen: failed: ${summary.size} · ${summary.tally} · ${elapsed} · ${context.outDir}/ left untouched`);
    }
    return 1;
  }
  return flags.check === true ? checkOutput(input, context, result, summary) : writeAndSummarise(input, context, result, summary);
}
