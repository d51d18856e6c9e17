import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { groupDigits } from "../emit/model-summary.js";
import type { CommandInput } from "./command-input.js";
import { formatSeconds } from "./format-seconds.js";
import { queryCatalog, queryProviders } from "./query.js";
import { reportFailure } from "./report-failure.js";

/** `query`: the models of the generated catalog in `--out` that match the flags, or with `--providers` its providers and how to call them, as a table or JSON. */
export async function queryCommand({ flags, root, out, startedAt }: CommandInput<"query">): Promise<number> {
  const outDir = flags.out ?? "generated";
  if (!existsSync(resolve(root, outDir, "index.ts"))) {
    return reportFailure({ out, command: "query", json: flags.json }, `no generated catalog at ${outDir}/index.ts; run gen first, or pass --out`);
  }
  const providers = flags.providers === true;
  const result = providers ? await queryProviders(root, outDir, flags) : await queryCatalog(root, outDir, flags);
  out.stdout.push(...result.lines);
  const what = providers ? "providers" : "models";
  if (flags.json !== true) out.stdout.push(`query: ${groupDigits(result.count)} ${what} · ${formatSeconds(performance.now() - startedAt)}`);
  return 0;
}
