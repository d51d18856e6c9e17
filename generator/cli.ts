#!/usr/bin/env node
import { existsSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { countDiagnostics, formatDiagnostic, type Diagnostic } from "./diagnostics.js";
import { groupDigits } from "./emit/model-summary.js";
import { generateCatalog, type GenerateResult } from "./pipeline.js";
import { defaultSourceFor, loadConfig, loadConfigFile } from "./sources/load-config.js";
import { SOURCE_FORMATS, type SourceFormat, type SourceSpec } from "./stage-types.js";
import { diffOutput, OutputLockedError, writeOutput } from "./write-output.js";
import { queryCatalog, type QueryFlags } from "./commands/query.js";
import { formatBytes } from "./commands/format-bytes.js";
import { loadDiffSide, type DiffSide } from "./commands/diff.js";
import { diffMarkdown } from "./commands/diff-markdown.js";
import { colorLine, hasColor } from "./terminal-color.js";
import { changeCounts, changeSummary, diffCatalogs, unchangedDiff, type CatalogDiff } from "./diff-catalogs.js";
import { readGeneratedCatalogData, readPreviousCatalogData } from "./sources/generated-catalog-data.js";

/** One command-line flag: the same table parses argv, prints help and rejects unknown flags. */
export interface Flag {
  readonly name: string;
  readonly type: "boolean" | "string";
  readonly multiple?: boolean;
  readonly description: string;
  /** What the flag means for a command where it means something else than `description`. */
  readonly descriptionFor?: Partial<Record<Command, string>>;
  readonly commands: readonly Command[];
  readonly example?: string;
}

export type Command = "gen" | "validate" | "query" | "pull" | "discover" | "diff";

/** Every command and what it does, for help. */
export const COMMANDS: Record<Command, string> = {
  gen: "sources → validate → merge → emit into the output folder; one summary line",
  validate: "only the diagnostics, every problem in one run",
  query: "find models in the generated catalog (--require tools,vision --min-context 100000 --max-input-cost 3)",
  pull: "download models.dev's api.json (or --url) into data/ with a conditional GET; never damages the last good snapshot",
  discover: "list the models of a running Ollama (--ollama <url>) or OpenAI-compatible server (--openai <url>) into data/discovered/",
  diff: "diff <old> <new>: what changed between two snapshots, generated folders or git revisions (Markdown, or --json)",
};

/** Every flag of every command: parses argv, prints help, rejects unknown flags. */
export const FLAGS: readonly Flag[] = [
  { name: "config", type: "string", description: "config file (default: catalog.config.ts when present)", commands: ["gen", "validate", "pull", "diff"], example: "--config ci/catalog.config.ts" },
  { name: "check", type: "boolean", description: "regenerate in memory; exit 1 listing stale, missing and orphan files", commands: ["gen"] },
  {
    name: "out",
    type: "string",
    description: "output folder (default: generated)",
    descriptionFor: {
      pull: "folder inside data/ to store into (default: data/models-dev for models.dev, else data/remote-<h8>)",
      discover: "folder inside data/ to store into (default: data/discovered)",
      diff: "generated folder a bare git revision is read from (default: the config's, else generated)",
    },
    commands: ["gen", "query", "pull", "discover", "diff"],
    example: "--out src/catalog",
  },
  { name: "url", type: "string", description: "snapshot URL (default: the config's pull.url, else https://models.dev/api.json)", commands: ["pull"] },
  { name: "ollama", type: "string", description: "base URL of a running Ollama server", commands: ["discover"], example: "--ollama http://127.0.0.1:11434" },
  { name: "openai", type: "string", description: "base URL of an OpenAI-compatible API (its /models is listed)", commands: ["discover"], example: "--openai http://127.0.0.1:8000/v1" },
  { name: "api-key-env", type: "string", description: "environment variable holding the API key, sent as a bearer token; never stored", commands: ["discover"], example: "--api-key-env GROQ_API_KEY" },
  { name: "timeout", type: "string", description: "seconds to connect, to wait for headers, and of silence within a body (default: 30); one attempt gets at most 20 times this", commands: ["pull", "discover"], example: "--timeout 10" },
  { name: "max-bytes", type: "string", description: "largest response body accepted (default: 67108864, 64 MiB)", commands: ["pull", "discover"] },
  { name: "retries", type: "string", description: "further attempts after transient failures, with backoff (default: 3)", commands: ["pull", "discover"] },
  { name: "gen", type: "boolean", description: "run gen after a pull that changed the snapshot", commands: ["pull"] },
  { name: "max-rows", type: "string", description: "rows per Markdown section before \"… and N more\" (default: 50; 0 for all)", commands: ["diff"] },
  { name: "require", type: "string", description: "features every model must have, comma-separated", commands: ["query"], example: "--require tools,vision" },
  { name: "forbid", type: "string", description: "features no model may have", commands: ["query"], example: "--forbid deprecated" },
  { name: "min-context", type: "string", description: "smallest context window", commands: ["query"], example: "--min-context 100000" },
  { name: "max-input-cost", type: "string", description: "highest input price, USD per 1M tokens", commands: ["query"], example: "--max-input-cost 3" },
  { name: "max-output-cost", type: "string", description: "highest output price, USD per 1M tokens", commands: ["query"] },
  {
    name: "provider",
    type: "string",
    description: "only these providers, comma-separated",
    descriptionFor: { discover: "provider id the models are listed under (default: ollama, or openai-compatible)" },
    commands: ["query", "discover"],
  },
  { name: "status", type: "string", description: "only these statuses (active, alpha, beta, deprecated)", commands: ["query"] },
  { name: "family", type: "string", description: "only this family", commands: ["query"] },
  { name: "input", type: "string", description: "input modalities every model must take", commands: ["query"], example: "--input image,pdf" },
  {
    name: "source",
    type: "string",
    multiple: true,
    description: `add a source after the configured ones (highest precedence); formats: ${SOURCE_FORMATS.join(", ")}`,
    commands: ["gen", "validate"],
    example: "--source models-dev-json:vendor/api.json",
  },
  { name: "no-default-sources", type: "boolean", description: "use only the --source flags", commands: ["gen", "validate"] },
  { name: "as-of", type: "string", description: "deprecation cut-off date, YYYY-MM-DD (default: the snapshot manifest's date)", commands: ["gen", "validate", "diff"] },
  { name: "strict", type: "boolean", description: "warnings fail the run", commands: ["gen", "validate"] },
  { name: "json", type: "boolean", description: "machine-readable output on stdout", commands: ["gen", "validate", "query", "pull", "discover", "diff"] },
  { name: "quiet", type: "boolean", description: "print only errors", commands: ["gen", "validate", "pull", "discover"] },
  { name: "help", type: "boolean", description: "show this help", commands: ["gen", "validate", "query", "pull", "discover", "diff"] },
];

class UsageError extends Error {}

/** Positional arguments a command takes, for its usage line. */
const USAGE_ARGS: Partial<Record<Command, string>> = { diff: " <old> <new>" };

const EXIT_CODES = "Exit codes: 0 success, 1 invalid input, stale output or a failed download, 2 usage error.";

/** Help from the FLAGS table: the command list, or one command's usage, purpose and flags. */
export function helpText(command?: Command): string {
  const lines =
    command === undefined
      ? ["Usage: llm-catalog <command> [flags]", "", "Commands:", ...Object.entries(COMMANDS).map(([name, text]) => `  ${name.padEnd(10)} ${text}`)]
      : [`Usage: llm-catalog ${command}${USAGE_ARGS[command] ?? ""} [flags]`, "", COMMANDS[command]];
  lines.push("", command === undefined ? "Flags (`llm-catalog <command> --help` lists a command's own):" : "Flags:");
  for (const flag of FLAGS.filter((f) => command === undefined || f.commands.includes(command))) {
    const name = `--${flag.name}${flag.type === "string" ? " <value>" : ""}`;
    const special = command === undefined ? undefined : flag.descriptionFor?.[command];
    // The example illustrates the general meaning, so it is left out where the meaning differs.
    const example = special === undefined && flag.example ? ` (e.g. ${flag.example})` : "";
    lines.push(`  ${name.padEnd(26)} ${special ?? flag.description}${example}`);
  }
  lines.push("", EXIT_CODES);
  return lines.join("\n");
}

function parseSource(value: string): SourceSpec {
  const colon = value.indexOf(":");
  const format = value.slice(0, colon) as SourceFormat;
  if (colon < 0 || !SOURCE_FORMATS.includes(format) || value.slice(colon + 1) === "") {
    throw new UsageError(`--source expects <format>:<path> with a format among ${SOURCE_FORMATS.join(", ")}; got "${value}"`);
  }
  return { format, path: value.slice(colon + 1) };
}

/** A run's text output, so the CLI can be tested without a process. */
export interface CliOutput {
  readonly stdout: string[];
  readonly stderr: string[];
  /** Shows a transient status line (download progress); set only when stderr is a terminal. */
  readonly progress?: (line: string) => void;
  /** The environment `--api-key-env` reads from. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Runs one command and returns its exit code; `root` is the project folder paths are relative to. */
export async function runCli(argv: readonly string[], root: string, out: CliOutput, startedAt = performance.now()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") {
    const topic = rest[0];
    if (topic !== undefined && !(topic in COMMANDS)) {
      out.stderr.push(`Unknown command "${topic}".\n\n${helpText()}`);
      return 2;
    }
    out.stdout.push(helpText(topic as Command | undefined));
    return 0;
  }
  if (command === undefined || !(command in COMMANDS)) {
    out.stderr.push(`${command === undefined ? "No command given." : `Unknown command "${command}".`}\n\n${helpText()}`);
    return 2;
  }
  const cmd = command as Command;
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    const options = Object.fromEntries(
      FLAGS.filter((f) => f.commands.includes(cmd)).map((f) => [f.name, { type: f.type, multiple: f.multiple ?? false }]),
    );
    const parsed = parseArgs({ args: [...rest], options, strict: true, allowPositionals: cmd === "diff" });
    values = parsed.values as typeof values;
    if (values.help) {
      out.stdout.push(helpText(cmd));
      return 0;
    }
    if (cmd === "pull" || cmd === "discover" || cmd === "diff") {
      try {
        if (cmd === "pull") return await runPull(values, root, out, startedAt);
        if (cmd === "discover") return await runDiscover(values, root, out, startedAt);
        return await runDiff(parsed.positionals, values, root, out, startedAt);
      } catch (error) {
        if (error instanceof TypeError) throw new UsageError(error.message);
        throw error;
      }
    }
    if (cmd === "query") {
      try {
        const outDir = (values.out as string | undefined) ?? "generated";
        if (!existsSync(resolve(root, outDir, "index.ts"))) return failed(out, values, "query", `no generated catalog at ${outDir}/index.ts; run gen first, or pass --out`);
        const result = await queryCatalog(root, outDir, values as QueryFlags);
        out.stdout.push(...result.lines);
        if (values.json !== true) out.stdout.push(`query: ${groupDigits(result.count)} models · ${seconds(performance.now() - startedAt)}`);
        return 0;
      } catch (error) {
        if (error instanceof TypeError) throw new UsageError(error.message);
        throw error;
      }
    }
    const asOf = values["as-of"] as string | undefined;
    if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of expects YYYY-MM-DD, got "${asOf}"`);
    const loaded = await loadConfigFile(root, values.config as string | undefined);
    if (loaded.diagnostics.length > 0) return failed(out, values, cmd, "invalid configuration", loaded.diagnostics);
    const context = loadConfig({
      root,
      config: loaded.config,
      ...(loaded.file === undefined ? {} : { configFile: loaded.file }),
      out: values.out as string | undefined,
      sources: ((values.source as string[] | undefined) ?? []).map(parseSource),
      noDefaultSources: values["no-default-sources"] === true,
      asOf,
      strict: values.strict === true,
    });
    if (context.sources.length === 0) throw new UsageError("No sources: --no-default-sources needs at least one --source");
    return await runCommand(cmd, context, values, out, startedAt);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      const message = (error as Error).message;
      // With --json a script reads stdout, so the usage error is JSON there too; people get the help.
      if (rest.includes("--json")) out.stdout.push(JSON.stringify({ command: cmd, ok: false, error: { code: "usage", message } }, null, 2));
      else out.stderr.push(`${message}\n\n${helpText(cmd)}`);
      return 2;
    }
    throw error;
  }
}

/**
 * Reports a run that could not do its work (exit 1): diagnostics and one `<command>: failed: …` line
 * on stderr, or with --json one object on stdout, so every command fails the same way.
 */
function failed(out: CliOutput, values: Record<string, unknown>, command: string, reason: string, diagnostics: readonly Diagnostic[] = []): number {
  if (values.json === true) out.stdout.push(JSON.stringify({ command, ok: false, error: { code: "failed", message: reason }, diagnostics }, null, 2));
  else out.stderr.push(...diagnostics.map(formatDiagnostic), `${command}: failed: ${reason}`);
  return 1;
}

/** A non-negative number flag, or its default; a `TypeError` (usage error) when it is not one. */
function numberFlag(values: Record<string, unknown>, name: string, fallback: number, integer = false): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw === "" || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
    throw new TypeError(`--${name} expects a non-negative ${integer ? "integer" : "number"}, got "${String(raw)}"`);
  }
  return n;
}

/** The network limits `pull` and `discover` share. */
function networkLimits(values: Record<string, unknown>) {
  const timeout = numberFlag(values, "timeout", 30);
  if (timeout === 0) throw new TypeError("--timeout must be above 0");
  return {
    timeoutMs: timeout * 1000,
    maxBytes: numberFlag(values, "max-bytes", 64 * 1024 * 1024, true),
    retries: numberFlag(values, "retries", 3, true),
  };
}

/** Throttles progress to a few updates a second: bytes so far, of how many, and the rate. */
function progressReporter(out: CliOutput, label: string): ((received: number, total: number | undefined) => void) | undefined {
  const show = out.progress;
  if (show === undefined) return undefined;
  const started = performance.now();
  let shown = 0;
  return (received, total) => {
    const now = performance.now();
    if (now - shown < 100 && received !== total) return;
    shown = now;
    const rate = received / Math.max((now - started) / 1000, 0.001);
    show(`${label}: ${formatBytes(received)}${total === undefined ? "" : ` of ${formatBytes(total)}`} · ${formatBytes(rate)}/s`);
  };
}

async function runPull(values: Record<string, unknown>, root: string, out: CliOutput, startedAt: number): Promise<number> {
  // The network commands load undici on demand: ~130 ms that every gen would otherwise pay at start-up.
  const { DEFAULT_PULL_URL, pullSnapshot, withoutCredentials } = await import("./commands/pull.js");
  const loaded = await loadConfigFile(root, values.config as string | undefined);
  if (loaded.diagnostics.length > 0) return failed(out, values, "pull", "invalid configuration", loaded.diagnostics);
  const url = (values.url as string | undefined) ?? loaded.config.pull?.url ?? DEFAULT_PULL_URL;
  const result = await pullSnapshot({
    root,
    url,
    ...(values.out === undefined ? {} : { into: values.out as string }),
    ...networkLimits(values),
    now: () => new Date(),
    onProgress: progressReporter(out, "pull"),
    onRetry: (attempt, reason, waitMs) => out.progress?.(`pull: ${reason}; retry ${attempt} in ${seconds(waitMs)}`),
  });
  out.progress?.("");
  if (values.json === true) out.stdout.push(JSON.stringify({ command: "pull", url: withoutCredentials(url), ...result }, null, 2));
  if (!result.ok) {
    if (values.json !== true) out.stderr.push(`pull: failed: ${result.reason} · ${result.folder}/ left untouched`);
    return 1;
  }
  if (!result.changed) {
    if (values.json !== true && values.quiet !== true) out.stdout.push(`pull: ${result.reason} · ${result.folder}/ unchanged · ${seconds(performance.now() - startedAt)}`);
    return 0;
  }
  const stored = `${result.folder}/api.json`;
  const sources = loaded.config.sources ?? [defaultSourceFor(root)];
  const used = sources.some((s) => s.path.replace(/^\.\//, "") === stored);
  const next = used
    ? values.gen === true
      ? "running gen"
      : "run `npm run gen` to regenerate"
    : `add { format: "models-dev-json", path: "${stored}" } to the config's sources to use it`;
  if (values.json !== true && values.quiet !== true) {
    const { size_bytes, sha256 } = result.manifest;
    out.stdout.push(`pull: ${withoutCredentials(url)} → ${stored} (${groupDigits(size_bytes)} bytes, sha256 ${sha256.slice(0, 12)}) · ${next} · ${seconds(performance.now() - startedAt)}`);
  }
  if (values.gen === true && used) {
    return runCli(["gen", ...(values.config === undefined ? [] : ["--config", values.config as string]), ...(values.quiet === true ? ["--quiet"] : [])], root, out);
  }
  return 0;
}

async function runDiscover(values: Record<string, unknown>, root: string, out: CliOutput, startedAt: number): Promise<number> {
  const ollama = values.ollama as string | undefined;
  const openai = values.openai as string | undefined;
  if ((ollama === undefined) === (openai === undefined)) throw new TypeError("discover needs exactly one of --ollama <url> and --openai <url>");
  const keyName = values["api-key-env"] as string | undefined;
  let apiKey: string | undefined;
  if (keyName !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(keyName)) throw new TypeError(`--api-key-env expects a variable name, got "${keyName}"`);
    // The key's value lives only in this request's headers; files record the variable's name.
    apiKey = (out.env ?? process.env)[keyName];
    if (apiKey === undefined || apiKey === "") throw new TypeError(`--api-key-env: the environment variable ${keyName} is not set`);
  }
  const { discoverModels } = await import("./commands/discover.js");
  const result = await discoverModels({
    root,
    kind: ollama === undefined ? "openai" : "ollama",
    url: (ollama ?? openai)!,
    ...(values.provider === undefined ? {} : { provider: values.provider as string }),
    ...(values.out === undefined ? {} : { into: values.out as string }),
    ...(apiKey === undefined ? {} : { apiKey, apiKeyEnv: keyName }),
    ...networkLimits(values),
    now: () => new Date(),
  });
  if (values.json === true) out.stdout.push(JSON.stringify({ command: "discover", ...result }, null, 2));
  if (!result.ok) {
    if (values.json !== true) out.stderr.push(`discover: failed: ${result.reason} · ${result.folder}/ left untouched`);
    return 1;
  }
  if (values.json !== true) {
    if (values.quiet !== true) out.stderr.push(...result.warnings.map((w) => `discover: warning: ${w}`));
    const loaded = await loadConfigFile(root, undefined);
    const covers = (path: string) => result.file === path || result.file.startsWith(`${path}/`);
    const used = (loaded.config.sources ?? []).some((s) => s.format === "overlay" && covers(s.path.replace(/^\.\//, "").replace(/\/+$/, "")));
    const next = used ? "run `npm run gen` to regenerate" : `gen merges it with --source overlay:${result.file}, or add { format: "overlay", path: "${result.file}" } to the config's sources`;
    if (values.quiet !== true) out.stdout.push(`discover: ${result.models} models → ${result.file} (provider ${result.provider}) · ${next} · ${seconds(performance.now() - startedAt)}`);
  }
  return 0;
}

async function runDiff(positionals: readonly string[], values: Record<string, unknown>, root: string, out: CliOutput, startedAt: number): Promise<number> {
  if (positionals.length !== 2) throw new TypeError(`diff expects two arguments, <old> and <new>; got ${positionals.length}`);
  const asOf = values["as-of"] as string | undefined;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new TypeError(`--as-of expects YYYY-MM-DD, got "${asOf}"`);
  const maxRows = numberFlag(values, "max-rows", 50, true);
  const loaded = await loadConfigFile(root, values.config as string | undefined);
  if (loaded.diagnostics.length > 0) return failed(out, values, "diff", "invalid configuration", loaded.diagnostics);
  const options = { root, outDir: (values.out as string | undefined) ?? loaded.config.out ?? "generated", asOf: asOf ?? loaded.config.asOf };
  const sides = [await loadDiffSide(positionals[0]!, options), await loadDiffSide(positionals[1]!, options)];
  const unreadable = sides.filter((side) => side.catalog === undefined);
  if (unreadable.length > 0) {
    out.stderr.push(...unreadable.flatMap((side) => side.diagnostics.slice(0, 20).map(formatDiagnostic)));
    out.stderr.push(`diff: failed: cannot read ${unreadable.map((side) => side.label).join(" and ")}`);
    return 1;
  }
  const [before, after] = sides as [Required<DiffSide>, Required<DiffSide>];
  const diff = diffCatalogs(before.catalog, after.catalog);
  if (values.json === true) out.stdout.push(JSON.stringify({ command: "diff", before: before.label, after: after.label, ...diff }, null, 2));
  else {
    out.stdout.push(diffMarkdown(diff, { before: before.label, after: after.label, maxRows }).trimEnd());
    // On stderr, so stdout stays the Markdown a CI job posts as a comment.
    out.stderr.push(`diff: ${before.label} → ${after.label}: ${changeSummary(diff)} · ${seconds(performance.now() - startedAt)}`);
  }
  return 0;
}

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

async function runCommand(
  cmd: Command,
  context: ReturnType<typeof loadConfig>,
  values: Record<string, unknown>,
  out: CliOutput,
  startedAt: number,
): Promise<number> {
  const json = values.json === true;
  const quiet = values.quiet === true;
  const result = await generateCatalog(context);
  const counts = countDiagnostics(result.diagnostics);
  const failed = counts.error > 0 || (context.strict && counts.warning > 0);
  const shown = (d: Diagnostic) =>
    d.severity === "error" || (d.severity === "warning" && (!quiet && (cmd === "validate" || context.strict)));
  const printDiagnostics = () => {
    if (!json) for (const d of result.diagnostics.filter(shown)) out.stderr.push(formatDiagnostic(d));
  };
  const tally = `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`;
  const dropped = result.stats.dropped > 0 ? ` (${groupDigits(result.stats.dropped)} filtered out)` : "";
  const size = `${result.stats.providers} providers, ${groupDigits(result.stats.models)} models${dropped}`;

  if (cmd === "validate" || failed) {
    printDiagnostics();
    const elapsed = seconds(performance.now() - startedAt);
    if (json) out.stdout.push(JSON.stringify({ command: cmd, ok: !failed, stats: result.stats, counts, diagnostics: result.diagnostics }, null, 2));
    else out.stderr.push(`${cmd}: ${failed ? "failed" : "ok"}: ${size} · ${tally} · ${elapsed}${failed && cmd === "gen" ? ` · ${context.outDir}/ left untouched` : ""}`);
    return failed ? 1 : 0;
  }

  const outDir = resolve(context.root, context.outDir);
  if (values.check === true) {
    const diff = await diffOutput(outDir, result.files);
    const problems = [
      ...diff.stale.map((p) => `stale   ${context.outDir}/${p}`),
      ...diff.missing.map((p) => `missing ${context.outDir}/${p}`),
      ...diff.orphans.map((p) => `orphan  ${context.outDir}/${p}`),
    ];
    const elapsed = seconds(performance.now() - startedAt);
    if (json) out.stdout.push(JSON.stringify({ command: "gen --check", ok: problems.length === 0, stats: result.stats, ...diff }, null, 2));
    else {
      out.stderr.push(...problems);
      const verdict = problems.length === 0 ? "up to date" : `${problems.length} files out of date; run \`npm run gen\``;
      out.stdout.push(`gen --check: ${size} → ${context.outDir}/ ${verdict} · ${elapsed}`);
    }
    return problems.length === 0 ? 0 : 1;
  }

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
  const elapsed = seconds(performance.now() - startedAt);
  if (json) {
    const changed = changes === undefined ? {} : { changes: changeCounts(changes) };
    out.stdout.push(JSON.stringify({ command: "gen", ok: true, stats: result.stats, counts, written, removed: diff.orphans.length, ...changed, diagnostics: result.diagnostics }, null, 2));
  } else if (!quiet) {
    const since = changes === undefined ? "" : ` · since the previous output: ${changeSummary(changes)}`;
    out.stdout.push(
      `gen: ${size} → ${context.outDir}/ (${result.stats.files} files, ${written} written, ${diff.orphans.length} removed) · ${tally}${since} · ${elapsed}`,
    );
  }
  return 0;
}

// Through npm's bin link, argv[1] is the link (node_modules/.bin/llm-catalog), so both sides are real paths.
const isMain = process.argv[1] !== undefined && realpathSync(resolve(process.argv[1])) === realpathSync(import.meta.filename);
if (isMain) {
  const out: CliOutput = {
    stdout: [],
    stderr: [],
    // A status line redrawn in place, only on a terminal: logs and CI output stay clean.
    ...(process.stderr.isTTY ? { progress: (line: string) => process.stderr.write(`\r\x1b[K${line}`) } : {}),
  };
  let code: number;
  try {
    code = await runCli(process.argv.slice(2), process.cwd(), out, 0);
  } catch (error) {
    // Bad input never lands here (it is diagnostics); this is a bug or the system failing (disk, memory).
    out.stderr.push(`${process.argv[2] ?? "llm-catalog"}: failed: ${(error as Error).stack ?? String(error)}`);
    code = 1;
  }
  const json = process.argv.includes("--json");
  const write = (stream: NodeJS.WriteStream, lines: readonly string[]) => {
    if (lines.length === 0) return;
    const color = !json && hasColor({ isTTY: stream.isTTY, env: process.env });
    stream.write(`${(color ? lines.map(colorLine) : lines).join("\n")}\n`);
  };
  write(process.stderr, out.stderr);
  write(process.stdout, out.stdout);
  process.exitCode = code;
}
