import { formatDiagnostic } from "../diagnostics.js";
import { changeSummary, diffCatalogs } from "../diff-catalogs.js";
import { loadConfigFile } from "../sources/load-config.js";
import type { Catalog } from "../stage-types.js";
import { asOfFlag } from "./as-of-flag.js";
import type { CommandInput } from "./command-input.js";
import { loadDiffSide, type DiffSide } from "./diff.js";
import { diffMarkdown } from "./diff-markdown.js";
import { formatSeconds } from "./format-seconds.js";
import { numberFlag } from "./number-flag.js";
import { reportFailure } from "./report-failure.js";
import { UsageError } from "./usage-error.js";

function isReadable(side: DiffSide): side is DiffSide & { readonly catalog: Catalog } {
  return side.catalog !== undefined;
}

/**
 * `diff <old> <new>`: what changed between two catalogs, as Markdown on stdout (for a pull-request
 * comment) with the summary on stderr, or as JSON.
 */
export async function diffCommand({ flags, positionals, root, out, startedAt }: CommandInput<"diff">): Promise<number> {
  const [oldSide, newSide] = positionals;
  if (positionals.length !== 2 || oldSide === undefined || newSide === undefined)
    throw new UsageError(`diff expects two arguments, <old> and <new>; got ${positionals.length}`);
  const asOf = asOfFlag(flags["as-of"]);
  const maxRows = numberFlag("max-rows", flags["max-rows"], 50, true);
  const loaded = await loadConfigFile(root, flags.config);
  if (loaded.diagnostics.length > 0) return reportFailure({ out, command: "diff", json: flags.json }, "invalid configuration", loaded.diagnostics);
  const options = { root, outDir: flags.out ?? loaded.config.out ?? "generated", asOf: asOf ?? loaded.config.asOf };
  const before = await loadDiffSide(oldSide, options);
  const after = await loadDiffSide(newSide, options);
  if (!isReadable(before) || !isReadable(after)) {
    const unreadable = [before, after].filter((side) => !isReadable(side));
    out.stderr.push(...unreadable.flatMap((side) => side.diagnostics.slice(0, 20).map(formatDiagnostic)));
    out.stderr.push(`diff: failed: cannot read ${unreadable.map((side) => side.label).join(" and ")}`);
    return 1;
  }
  const diff = diffCatalogs(before.catalog, after.catalog);
  if (flags.json === true) out.stdout.push(JSON.stringify({ command: "diff", before: before.label, after: after.label, ...diff }, null, 2));
  else {
    out.stdout.push(diffMarkdown(diff, { before: before.label, after: after.label, maxRows }).trimEnd());
    // On stderr, so stdout stays the Markdown a CI job posts as a comment.
    out.stderr.push(`diff: ${before.label} → ${after.label}: ${changeSummary(diff)} · ${formatSeconds(performance.now() - startedAt)}`);
  }
  return 0;
}
