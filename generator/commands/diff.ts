import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Diagnostic } from "../diagnostics.js";
import { catalogFromFiles } from "../pipeline.js";
import { readGeneratedCatalogData } from "../sources/generated-catalog-data.js";
import { loadConfig } from "../sources/load-config.js";
import type { Catalog } from "../stage-types.js";

const run = promisify(execFile);

/** Options for `loadDiffSide`. */
export interface DiffSideOptions {
  /** Absolute project root; paths and git revisions are read from there. */
  readonly root: string;
  /** The generated folder a bare git revision is read from, relative to `root`. */
  readonly outDir: string;
  /** Deprecation cut-off for snapshots; by default the packaged manifest's date, as in `gen`. */
  readonly asOf?: string;
}

/** One side of a diff, as a catalog, or the problems that kept it from being read. */
export interface DiffSide {
  readonly label: string;
  readonly catalog?: Catalog;
  readonly diagnostics: readonly Diagnostic[];
}

function failure(label: string, message: string): DiffSide {
  return { label, diagnostics: [{ file: label, severity: "error", code: "diff_side_unreadable", keyPath: "", message }] };
}

/**
 * A catalog from one file's text: a generated `catalog-data.ts` (any `.ts` name) is read back as
 * is; anything else is an api.json-shaped snapshot, run alone through the pipeline up to filtering, with no config
 * (no filters, defaults or preferences), so two snapshots are compared as published.
 */
function catalogOfText(text: string, label: string, options: DiffSideOptions): DiffSide {
  if (label.endsWith(".ts")) return { label, ...readGeneratedCatalogData(text, label) };
  const context = loadConfig({ root: options.root, sources: [{ format: "models-dev-json", path: label }], noDefaultSources: true, asOf: options.asOf });
  const built = catalogFromFiles([{ path: label, format: "models-dev-json", rank: 0, text }], context);
  const errors = built.diagnostics.filter((d) => d.severity === "error");
  return errors.length > 0 ? { label, diagnostics: errors } : { label, catalog: built.catalog, diagnostics: [] };
}

/** `path` as a file to read: a folder stands for its `catalog-data.ts` (generated) or its `api.json` (snapshot). */
function fileIn(isFolder: boolean, path: string, has: (file: string) => boolean): string | undefined {
  if (!isFolder) return path;
  for (const file of ["catalog-data.ts", "api.json"]) if (has(file)) return `${path.replace(/\/+$/, "")}/${file}`;
  return undefined;
}

async function git(root: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return (await run("git", [...args], { cwd: root, maxBuffer: 512 * 1024 * 1024, encoding: "utf8" })).stdout;
  } catch {
    return undefined;
  }
}

/**
 * Reads one side of `diff`: a snapshot file; a folder holding `catalog-data.ts` (a generated
 * folder) or `api.json` (a snapshot folder); or, when no such path exists, a git revision: `rev`
 * alone means `rev:<outDir>`, and `rev:path` names a file or folder at that revision (relative
 * to the project root) with the same rules. Revisions are read with `git show`, never checked out.
 */
export async function loadDiffSide(arg: string, options: DiffSideOptions): Promise<DiffSide> {
  const absolute = resolve(options.root, arg);
  if (existsSync(absolute)) {
    const isFolder = statSync(absolute).isDirectory();
    const file = fileIn(isFolder, arg, (name) => existsSync(join(absolute, name)));
    if (file === undefined) return failure(arg, "Neither a generated folder (catalog-data.ts) nor a snapshot folder (api.json)");
    return catalogOfText(await readFile(resolve(options.root, file), "utf8"), file, options);
  }
  const colon = arg.indexOf(":");
  const rev = colon < 0 ? arg : arg.slice(0, colon);
  const path = colon < 0 ? options.outDir : arg.slice(colon + 1);
  // A leading "-" would be read as an option by git.
  if (rev === "" || rev.startsWith("-") || (await git(options.root, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`])) === undefined) {
    return failure(arg, "No such file or folder, and not a git revision");
  }
  const object = `${rev}:./${path.replace(/^\.\//, "")}`;
  const type = (await git(options.root, ["cat-file", "-t", object]))?.trim();
  if (type === undefined) return failure(arg, `No "${path}" at revision ${rev}`);
  const isTree = type === "tree";
  const names = isTree ? new Set((await git(options.root, ["ls-tree", "--name-only", object]))?.split("\n")) : new Set<string>();
  const file = fileIn(isTree, path, (name) => names.has(name));
  if (file === undefined) return failure(arg, `"${path}" at ${rev} is neither a generated folder nor a snapshot folder`);
  const text = await git(options.root, ["show", `${rev}:./${file.replace(/^\.\//, "")}`]);
  if (text === undefined) return failure(arg, `Cannot read ${file} at ${rev}`);
  return catalogOfText(text, `${rev}:${file}`, options);
}
