import { readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { GenerateContext, SourceSpec } from "../stage-types.js";

/** The packaged default snapshot, the first source unless `--no-default-sources`. */
export const DEFAULT_SOURCE: SourceSpec = { format: "models-dev-json", path: "data/models-dev/api.json" };

/** Options that can be given on the command line; every default is applied in `loadConfig`. */
export interface ConfigOptions {
  readonly root: string;
  readonly out?: string;
  readonly sources?: readonly SourceSpec[];
  readonly noDefaultSources?: boolean;
  readonly asOf?: string;
  readonly strict?: boolean;
}

/** The date part of the packaged snapshot manifest's `downloaded_at`, the default deprecation cut-off. */
function manifestDate(root: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(root, "data/models-dev/manifest.json"), "utf8")) as { downloaded_at?: unknown };
    const at = manifest.downloaded_at;
    return typeof at === "string" && /^\d{4}-\d{2}-\d{2}/.test(at) ? at.slice(0, 10) : undefined;
  } catch {
    return undefined;
  }
}

/** The absolute folder of this package, whose `runtime/` generated code imports. */
const PACKAGE_ROOT = resolve(import.meta.dirname, "..", "..");

/**
 * How the output folder's top-level files import the runtime: a relative path when the output lies inside this package
 * (so `generated/` works without installing anything), else the published subpath.
 */
export function runtimeImportFor(outDirAbsolute: string): string {
  const inside = !relative(PACKAGE_ROOT, outDirAbsolute).startsWith("..");
  if (!inside) return "llm-catalog/runtime";
  const path = relative(outDirAbsolute, join(PACKAGE_ROOT, "runtime", "core.js")).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** Resolves options and defaults once into the context every stage receives. */
export function loadConfig(options: ConfigOptions): GenerateContext {
  const outDir = options.out ?? "generated";
  const sources = [...(options.noDefaultSources ? [] : [DEFAULT_SOURCE]), ...(options.sources ?? [])];
  const asOf = options.asOf ?? manifestDate(options.root);
  return {
    root: options.root,
    sources,
    outDir,
    ...(asOf === undefined ? {} : { asOf }),
    runtimeImport: runtimeImportFor(resolve(options.root, outDir)),
    strict: options.strict ?? false,
  };
}
