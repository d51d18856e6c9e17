import { loadConfigFile } from "../sources/load-config.js";
import type { CommandInput } from "./command-input.js";
import { formatSeconds } from "./format-seconds.js";
import { networkLimits } from "./network-limits.js";
import { UsageError } from "./usage-error.js";

/** The API key `--api-key-env` names, read from `env`; a `UsageError` when the name or the variable is unusable. */
function apiKeyFrom(name: string, env: Readonly<Record<string, string | undefined>>): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--api-key-env expects a variable name, got "${name}"`);
  const key = env[name];
  if (key === undefined || key === "") throw new UsageError(`--api-key-env: the environment variable ${name} is not set`);
  return key;
}

/** `discover`: lists a running server's models into an overlay under `data/` and says how gen uses it. */
export async function discoverCommand({ flags, root, out, startedAt }: CommandInput<"discover">): Promise<number> {
  const { ollama, openai } = flags;
  const url = ollama ?? openai;
  if (url === undefined || (ollama !== undefined && openai !== undefined))
    throw new UsageError("discover needs exactly one of --ollama <url> and --openai <url>");
  const keyName = flags["api-key-env"];
  // The key's value lives only in this request's headers; files record the variable's name.
  const apiKey = keyName === undefined ? undefined : apiKeyFrom(keyName, out.env ?? process.env);
  const limits = networkLimits(flags);
  // Loaded on demand, as pull is: undici costs ~130 ms of start-up that gen should not pay.
  const { discoverModels } = await import("./discover.js");
  const result = await discoverModels({
    root,
    kind: ollama === undefined ? "openai" : "ollama",
    url,
    ...(flags.provider === undefined ? {} : { provider: flags.provider }),
    ...(flags.out === undefined ? {} : { into: flags.out }),
    ...(apiKey === undefined ? {} : { apiKey, apiKeyEnv: keyName }),
    ...limits,
    now: () => new Date(),
  });
  const json = flags.json === true;
  const quiet = flags.quiet === true;
  if (json) out.stdout.push(JSON.stringify({ command: "discover", ...result }, null, 2));
  if (!result.ok) {
    if (!json) out.stderr.push(`discover: failed: ${result.reason} · ${result.folder}/ left untouched`);
    return 1;
  }
  if (!json) {
    if (!quiet) out.stderr.push(...result.warnings.map((w) => `discover: warning: ${w}`));
    const loaded = await loadConfigFile(root, undefined);
    const covers = (path: string) => result.file === path || result.file.startsWith(`${path}/`);
    const used = (loaded.config.sources ?? []).some((s) => s.format === "overlay" && covers(s.path.replace(/^\.\//, "").replace(/\/+$/, "")));
    const next = used
      ? "run `npm run gen` to regenerate"
      : `gen merges it with --source overlay:${result.file}, or add { format: "overlay", path: "${result.file}" } to the config's sources`;
    if (!quiet)
      out.stdout.push(
        `discover: ${result.models} models → ${result.file} (provider ${result.provider}) · ${next} · ${formatSeconds(performance.now() - startedAt)}`,
      );
  }
  return 0;
}
