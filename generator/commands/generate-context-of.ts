import { loadConfig, loadConfigFile } from "../sources/load-config.js";
import { SOURCE_FORMATS, type GenerateContext, type SourceFormat, type SourceSpec } from "../stage-types.js";
import { asOfFlag } from "./as-of-flag.js";
import type { FlagValues } from "./flags.js";
import { reportFailure, type FailureReport } from "./report-failure.js";
import { UsageError } from "./usage-error.js";

function isSourceFormat(value: string): value is SourceFormat {
  return (SOURCE_FORMATS as readonly string[]).includes(value);
}

/** `--source <format>:<path>` as a source spec; a `UsageError` when it is not one. */
function parseSource(value: string): SourceSpec {
  const colon = value.indexOf(":");
  const format = value.slice(0, colon);
  if (colon < 0 || !isSourceFormat(format) || value.slice(colon + 1) === "") {
    throw new UsageError(`--source expects <format>:<path> with a format among ${SOURCE_FORMATS.join(", ")}; got "${value}"`);
  }
  return { format, path: value.slice(colon + 1) };
}

/** The flags `gen` and `validate` share, plus gen's `--out`. */
export type GenerateFlags = FlagValues<"validate"> & { readonly out?: string };

/**
 * The context `gen` and `validate` run with: the config file, then the flags over it. Returns
 * `undefined` after reporting an invalid config (exit 1); malformed flags are a `UsageError`.
 */
export async function generateContextOf(root: string, flags: GenerateFlags, report: FailureReport): Promise<GenerateContext | undefined> {
  const asOf = asOfFlag(flags["as-of"]);
  const sources = (flags.source ?? []).map(parseSource);
  const loaded = await loadConfigFile(root, flags.config);
  if (loaded.diagnostics.length > 0) {
    reportFailure(report, "invalid configuration", loaded.diagnostics);
    return undefined;
  }
  const context = loadConfig({
    root,
    config: loaded.config,
    ...(loaded.file === undefined ? {} : { configFile: loaded.file }),
    ...(loaded.text === undefined ? {} : { configText: loaded.text }),
    out: flags.out,
    sources,
    noDefaultSources: flags["no-default-sources"] === true,
    asOf,
    strict: flags.strict === true,
  });
  if (context.sources.length === 0) throw new UsageError("No sources: --no-default-sources needs at least one --source");
  return context;
}
