import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { countDiagnostics, formatDiagnostic, type Diagnostic } from "./diagnostics.js";
import { groupDigits } from "./emit/model-summary.js";
import { generateCatalog } from "./pipeline.js";
import { loadConfig, loadConfigFile } from "./sources/load-config.js";
import { SOURCE_FORMATS, type SourceFormat, type SourceSpec } from "./stage-types.js";
import { diffOutput, OutputLockedError, writeOutput } from "./write-output.js";
import { queryCatalog, type QueryFlags } from "./commands/query.js";

/** One command-line flag: the same table parses argv, prints help and rejects unknown flags. */
interface Flag {
  readonly name: string;
  readonly type: "boolean" | "string";
  readonly multiple?: boolean;
  readonly description: string;
  readonly commands: readonly Command[];
  readonly example?: string;
}

type Command = "gen" | "validate" | "query";

const COMMANDS: Record<Command, string> = {
  gen: "sources → validate → merge → emit into the output folder; one summary line",
  validate: "only the diagnostics, every problem in one run",
  query: "find models in the generated catalog (--require tools,vision --min-context 100000 --max-input-cost 3)",
};

const FLAGS: readonly Flag[] = [
  { name: "config", type: "string", description: "config file (default: catalog.config.ts when present)", commands: ["gen", "validate"], example: "--config ci/catalog.config.ts" },
  { name: "check", type: "boolean", description: "regenerate in memory; exit 1 listing stale, missing and orphan files", commands: ["gen"] },
  { name: "out", type: "string", description: "output folder (default: generated)", commands: ["gen", "query"], example: "--out src/catalog" },
  { name: "require", type: "string", description: "features every model must have, comma-separated", commands: ["query"], example: "--require tools,vision" },
  { name: "forbid", type: "string", description: "features no model may have", commands: ["query"], example: "--forbid deprecated" },
  { name: "min-context", type: "string", description: "smallest context window", commands: ["query"], example: "--min-context 100000" },
  { name: "max-input-cost", type: "string", description: "highest input price, USD per 1M tokens", commands: ["query"], example: "--max-input-cost 3" },
  { name: "max-output-cost", type: "string", description: "highest output price, USD per 1M tokens", commands: ["query"] },
  { name: "provider", type: "string", description: "only these providers, comma-separated", commands: ["query"] },
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
  { name: "as-of", type: "string", description: "deprecation cut-off date, YYYY-MM-DD (default: the snapshot manifest's date)", commands: ["gen", "validate"] },
  { name: "strict", type: "boolean", description: "warnings fail the run", commands: ["gen", "validate"] },
  { name: "json", type: "boolean", description: "machine-readable output on stdout", commands: ["gen", "validate", "query"] },
  { name: "quiet", type: "boolean", description: "print only errors", commands: ["gen", "validate"] },
  { name: "help", type: "boolean", description: "show this help", commands: ["gen", "validate", "query"] },
];

class UsageError extends Error {}

function helpText(command?: Command): string {
  const lines = ["Usage: llm-catalog <command> [flags]", "", "Commands:"];
  for (const [name, text] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)} ${text}`);
  lines.push("", "Flags:");
  for (const flag of FLAGS.filter((f) => command === undefined || f.commands.includes(command))) {
    const name = `--${flag.name}${flag.type === "string" ? " <value>" : ""}`;
    lines.push(`  ${name.padEnd(26)} ${flag.description}${flag.example ? ` (e.g. ${flag.example})` : ""}`);
  }
  lines.push("", "Exit codes: 0 success, 1 invalid input or stale output, 2 usage error.");
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
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Runs one command and returns its exit code; `root` is the project folder paths are relative to. */
export async function runCli(argv: readonly string[], root: string, out: CliOutput, startedAt = performance.now()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "help") {
    out.stdout.push(helpText());
    return command === undefined ? 2 : 0;
  }
  if (!(command in COMMANDS)) {
    out.stderr.push(`Unknown command "${command}".\n\n${helpText()}`);
    return 2;
  }
  const cmd = command as Command;
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    const options = Object.fromEntries(
      FLAGS.filter((f) => f.commands.includes(cmd)).map((f) => [f.name, { type: f.type, multiple: f.multiple ?? false }]),
    );
    values = parseArgs({ args: [...rest], options, strict: true, allowPositionals: false }).values as typeof values;
    if (values.help) {
      out.stdout.push(helpText(cmd));
      return 0;
    }
    if (cmd === "query") {
      try {
        const result = await queryCatalog(root, (values.out as string | undefined) ?? "generated", values as QueryFlags);
        out.stdout.push(...result.lines);
        return 0;
      } catch (error) {
        if (error instanceof TypeError) throw new UsageError(error.message);
        throw error;
      }
    }
    const asOf = values["as-of"] as string | undefined;
    if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of expects YYYY-MM-DD, got "${asOf}"`);
    const loaded = await loadConfigFile(root, values.config as string | undefined);
    if (loaded.diagnostics.length > 0) {
      out.stderr.push(...loaded.diagnostics.map(formatDiagnostic), `${cmd}: failed: invalid configuration`);
      return 1;
    }
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
      out.stderr.push(`${(error as Error).message}\n\n${helpText(cmd)}`);
      return 2;
    }
    throw error;
  }
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

  let diff: Awaited<ReturnType<typeof writeOutput>>;
  try {
    diff = await writeOutput(outDir, result.files);
  } catch (error) {
    if (!(error instanceof OutputLockedError)) throw error;
    out.stderr.push(`gen: failed: ${error.message} · ${context.outDir}/ left untouched`);
    return 1;
  }
  const written = diff.stale.length + diff.missing.length;
  const elapsed = seconds(performance.now() - startedAt);
  if (json) out.stdout.push(JSON.stringify({ command: "gen", ok: true, stats: result.stats, counts, written, removed: diff.orphans.length, diagnostics: result.diagnostics }, null, 2));
  else if (!quiet) {
    out.stdout.push(
      `gen: ${size} → ${context.outDir}/ (${result.stats.files} files, ${written} written, ${diff.orphans.length} removed) · ${tally} · ${elapsed}`,
    );
  }
  return 0;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const out: CliOutput = { stdout: [], stderr: [] };
  const code = await runCli(process.argv.slice(2), process.cwd(), out, 0);
  if (out.stderr.length > 0) process.stderr.write(`${out.stderr.join("\n")}\n`);
  if (out.stdout.length > 0) process.stdout.write(`${out.stdout.join("\n")}\n`);
  process.exitCode = code;
}
