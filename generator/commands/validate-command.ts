import { generateCatalog } from "../pipeline.js";
import type { CommandInput } from "./command-input.js";
import { formatSeconds } from "./format-seconds.js";
import { generateContextOf } from "./generate-context-of.js";
import { generationSummary } from "./generation-summary.js";

/** `validate`: every check of `gen`, printing the diagnostics and writing nothing. */
export async function validateCommand({ flags, root, out, startedAt }: CommandInput<"validate">): Promise<number> {
  const context = await generateContextOf(root, flags, { out, command: "validate", json: flags.json });
  if (context === undefined) return 1;
  const result = await generateCatalog(context);
  const summary = generationSummary(result, context.strict, flags.quiet !== true);
  if (flags.json === true) {
    out.stdout.push(
      JSON.stringify({ command: "validate", ok: !summary.failed, stats: result.stats, counts: summary.counts, diagnostics: result.diagnostics }, null, 2),
    );
  } else {
    out.stderr.push(
      ...summary.lines,
      `validate: ${summary.failed ? "failed" : "ok"}: ${summary.size} · ${summary.tally} · ${formatSeconds(performance.now() - startedAt)}`,
    );
  }
  return summary.failed ? 1 : 0;
}
