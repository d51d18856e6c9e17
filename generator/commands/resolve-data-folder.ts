import { existsSync, realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { UsageError } from "./usage-error.js";

/** A folder under the project's `data/`, as given (relative, with `/`) and as an absolute path. */
export interface DataFolder {
  readonly relative: string;
  readonly absolute: string;
}

function isInside(parent: string, child: string): boolean {
  const path = relative(parent, child);
  return path !== "" && !path.startsWith("..") && !isAbsolute(path);
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended. */
function realPathOf(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPathOf(parent), path.slice(parent.length));
}

/**
 * Checks that `folder` (relative to `root`) lies strictly inside `root/data`, also after following
 * symbolic links, so `pull` and `discover` can never write anywhere else. Throws a `UsageError`
 * naming the folder otherwise.
 */
export function resolveDataFolder(root: string, folder: string): DataFolder {
  const dataRoot = resolve(root, "data");
  const absolute = resolve(root, folder);
  if (!isInside(dataRoot, absolute) || !isInside(realPathOf(dataRoot), realPathOf(absolute))) {
    throw new UsageError(`"${folder}" is not a folder inside data/; pull and discover write only there`);
  }
  return { relative: relative(root, absolute).split(sep).join("/"), absolute };
}
