import { existsSync, readFileSync } from "node:fs";
import { codeOfZodIssue } from "../validate/code-of-zod-issue.js";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Filters } from "../../runtime/policy.js";
import { catalogConfigSchema } from "../config/config-schema.js";
import type { CatalogConfig } from "../config/define-config.js";
import type { Diagnostic } from "../diagnostics.js";
import type { GenerateContext, SourceSpec } from "../stage-types.js";
import { importModule } from "./import-module.js";
import { formatKeyPath } from "../../runtime/create/format-key-path.js";

/** The config file looked for at the project root when `--config` is not given. */
const DEFAULT_CONFIG_FILE = "catalog.config.ts";

/**
 * Loads and checks the project's config file: `explicit` if given (it must exist), else
 * `catalog.config.ts` when present, else no config. Problems come back as diagnostics.
 */
export async function loadConfigFile(
  root: string,
  explicit?: string,
): Promise<{ config: CatalogConfig; file?: string; text?: string; diagnostics: Diagnostic[] }> {
  const path = explicit ?? DEFAULT_CONFIG_FILE;
  const absolute = resolve(root, path);
  if (!existsSync(absolute)) {
    if (explicit === undefined) return { config: {}, diagnostics: [] };
    return { config: {}, diagnostics: [{ file: path, severity: "error", code: "config_unreadable", keyPath: "", message: "Config file not found" }] };
  }
  let loaded: unknown;
  try {
    loaded = (await importModule(absolute)).default;
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    return { config: {}, diagnostics: [{ file: path, severity: "error", code: "config_unreadable", keyPath: "", message: `Cannot load config: ${message}` }] };
  }
  const parsed = catalogConfigSchema.safeParse(loaded);
  // The text too, so that stages can point at the line of an option they report on.
  if (parsed.success) return { config: parsed.data as CatalogConfig, file: path, text: readFileSync(absolute, "utf8"), diagnostics: [] };
  return {
    config: {},
    diagnostics: parsed.error.issues.map(
      (issue): Diagnostic => ({
        file: path,
        severity: "error",
        code: codeOfZodIssue(issue),
        keyPath: formatKeyPath(issue.path.map((s) => (typeof s === "symbol" ? String(s) : s))),
        message: issue.message,
      }),
    ),
  };
}

/** The packaged default snapshot, the first source unless `--no-default-sources`, as this repository names it. */
const DEFAULT_SOURCE: SourceSpec = { format: "models-dev-json", path: "data/models-dev/api.json" };

/** Options that can be given on the command line; every default is applied in `loadConfig`. */
export interface ConfigOptions {
  readonly root: string;
  /** The loaded config file; flags below override it. */
  readonly config?: CatalogConfig;
  /** Where `config` came from, for diagnostics. */
  readonly configFile?: string;
  /** The config file's text, for locating diagnostics about its options. */
  readonly configText?: string;
  readonly out?: string;
  readonly sources?: readonly SourceSpec[];
  readonly noDefaultSources?: boolean;
  readonly asOf?: string;
  readonly strict?: boolean;
}

/** The nearest folder at or above `start` that holds `path`, if any. */
function folderHolding(start: string, path: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, path))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The nearest folder at or above `start` that holds a package.json, if any. */
function packageFolderOf(start: string): string | undefined {
  return folderHolding(start, "package.json");
}

/**
 * The absolute folder whose `data/` holds the packaged snapshot and, in this repository, whose
 * `runtime/` generated code imports. Found by the snapshot rather than by package.json or a fixed
 * depth: from source (`generator/sources/`) it is the repository root, above the generator's own
 * package.json; compiled and installed it is the generator package's `dist/`, where its build copies
 * the snapshot and which no project's output belongs to.
 */
const PACKAGE_ROOT = folderHolding(import.meta.dirname, DEFAULT_SOURCE.path) ?? resolve(import.meta.dirname, "..", "..");

/**
 * The default source for a project: its own `data/models-dev/api.json` when it has one (this
 * repository, or a team that pulls its own snapshot), else the snapshot shipped inside the installed
 * package, named relative to the project so diagnostics stay short and free of absolute paths.
 */
export function defaultSourceFor(root: string): SourceSpec {
  if (existsSync(resolve(root, DEFAULT_SOURCE.path))) return DEFAULT_SOURCE;
  const packaged = join(PACKAGE_ROOT, DEFAULT_SOURCE.path);
  if (!existsSync(packaged)) return DEFAULT_SOURCE;
  return { format: DEFAULT_SOURCE.format, path: relative(resolve(root), packaged).split(sep).join("/") };
}

/** The date part of a snapshot manifest's `downloaded_at`: the project's own, else the packaged one. */
function manifestDate(root: string): string | undefined {
  for (const folder of [root, PACKAGE_ROOT]) {
    const file = join(folder, "data/models-dev/manifest.json");
    if (!existsSync(file)) continue;
    try {
      const manifest = JSON.parse(readFileSync(file, "utf8")) as { downloaded_at?: unknown };
      const at = manifest.downloaded_at;
      return typeof at === "string" && /^\d{4}-\d{2}-\d{2}/.test(at) ? at.slice(0, 10) : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * How the output folder's top-level files import the runtime: a relative path when the output belongs
 * to this package (its nearest package.json is ours, so `generated/` works without installing
 * anything), else the published subpath `llm-catalog/runtime`, as in a team's `gen --out src/catalog`
 * or a project nested in this repository such as `examples/consumer/`.
 */
export function runtimeImportFor(outDirAbsolute: string): string {
  if (packageFolderOf(outDirAbsolute) !== PACKAGE_ROOT) return "llm-catalog/runtime";
  const path = relative(outDirAbsolute, join(PACKAGE_ROOT, "runtime", "core.js"))
    .split(sep)
    .join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** Resolves options and defaults once into the context every stage receives. */
export function loadConfig(options: ConfigOptions): GenerateContext {
  const config = options.config ?? {};
  const outDir = options.out ?? config.out ?? "generated";
  const configured = config.sources ?? [defaultSourceFor(options.root)];
  const sources = [...(options.noDefaultSources ? [] : configured), ...(options.sources ?? [])];
  const asOf = options.asOf ?? config.asOf ?? manifestDate(options.root);
  return {
    root: options.root,
    sources,
    outDir,
    configFile: options.configFile ?? "(config)",
    ...(options.configText === undefined ? {} : { configText: options.configText }),
    filters: (config.filters ?? {}) as Filters,
    defaults: config.defaults ?? {},
    prefer: config.prefer ?? [],
    routes: config.routes ?? {},
    ...(asOf === undefined ? {} : { asOf }),
    runtimeImport: runtimeImportFor(resolve(options.root, outDir)),
    strict: options.strict ?? false,
  };
}
