import { groupDigits } from "../emit/model-summary.js";
import { defaultSourceFor, loadConfigFile } from "../sources/load-config.js";
import type { CommandInput } from "./command-input.js";
import { formatSeconds } from "./format-seconds.js";
import { genCommand } from "./gen-command.js";
import { networkLimits } from "./network-limits.js";
import { progressReporter } from "./progress-reporter.js";
import { reportFailure } from "./report-failure.js";

/**
 * `pull`: downloads a snapshot into `data/` and says what to do next; with `--gen`, runs `gen`
 * when the config reads the stored file, and returns gen's exit code.
 */
export async function pullCommand({ flags, root, out, startedAt }: CommandInput<"pull">): Promise<number> {
  // The network commands load undici on demand: ~130 ms that every gen would otherwise pay at start-up.
  const { DEFAULT_PULL_URL, pullSnapshot, withoutCredentials } = await import("./pull.js");
  const json = flags.json === true;
  const quiet = flags.quiet === true;
  const limits = networkLimits(flags);
  const loaded = await loadConfigFile(root, flags.config);
  if (loaded.diagnostics.length > 0) return reportFailure({ out, command: "pull", json }, "invalid configuration", loaded.diagnostics);
  const url = flags.url ?? loaded.config.pull?.url ?? DEFAULT_PULL_URL;
  const result = await pullSnapshot({
    root,
    url,
    ...(flags.out === undefined ? {} : { into: flags.out }),
    ...limits,
    now: () => new Date(),
    onProgress: progressReporter(out, "pull"),
    onRetry: (attempt, reason, waitMs) => out.progress?.(`pull: ${reason}; retry ${attempt} in ${formatSeconds(waitMs)}`),
  });
  out.progress?.("");
  if (json) out.stdout.push(JSON.stringify({ command: "pull", url: withoutCredentials(url), ...result }, null, 2));
  if (!result.ok) {
    if (!json) out.stderr.push(`pull: failed: ${result.reason} · ${result.folder}/ left untouched`);
    return 1;
  }
  if (!result.changed) {
    if (!json && !quiet) out.stdout.push(`pull: ${result.reason} · ${result.folder}/ unchanged · ${formatSeconds(performance.now() - startedAt)}`);
    return 0;
  }
  const stored = `${result.folder}/api.json`;
  const sources = loaded.config.sources ?? [defaultSourceFor(root)];
  const used = sources.some((s) => s.path.replace(/^\.\//, "") === stored);
  const next = used
    ? flags.gen === true
      ? "running gen"
      : "run `npm run gen` to regenerate"
    : `add { format: "models-dev-json", path: "${stored}" } to the config's sources to use it`;
  if (!json && !quiet) {
    const { size_bytes, sha256 } = result.manifest;
    out.stdout.push(
      `pull: ${withoutCredentials(url)} → ${stored} (${groupDigits(size_bytes)} bytes, sha256 ${sha256.slice(0, 12)}) · ${next} · ${formatSeconds(performance.now() - startedAt)}`,
    );
  }
  if (flags.gen === true && used) {
    return genCommand({ flags: { config: flags.config, quiet: flags.quiet }, positionals: [], root, out, startedAt: performance.now() });
  }
  return 0;
}
