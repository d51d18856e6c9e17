import type { KeyPath } from "../diagnostics.js";
import type { Position } from "../stage-types.js";

function matchingDepth(written: readonly string[], wanted: readonly string[]): number {
  let depth = 0;
  while (depth < written.length && depth < wanted.length && written[depth] === wanted[depth]) depth++;
  return depth;
}

/**
 * Where a key path is written in a TOML file: the line of `key = …` under the right table header,
 * or of the header itself. smol-toml reports positions only for syntax errors, so value errors are
 * located by this search; a path it cannot find points at the file's first line.
 */
export function locateTomlKey(text: string, path: KeyPath): Position {
  const keys = path.filter((s): s is string => typeof s === "string");
  const lines = text.split(/\r?\n/);
  let table: string[] = [];
  let best: Position = { line: 1, column: 1 };
  let bestDepth = 0;
  for (const [index, line] of lines.entries()) {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
    if (header) {
      table = header[1]!.split(".").map((s) => s.trim().replace(/^"(.*)"$/, "$1"));
      const depth = matchingDepth(table, keys);
      if (depth === table.length && depth > bestDepth) [best, bestDepth] = [{ line: index + 1, column: 1 }, depth];
      continue;
    }
    const assignment = /^(\s*)("[^"]*"|[A-Za-z0-9_-]+)\s*=\s*/.exec(line);
    if (!assignment) continue;
    const full = [...table, assignment[2]!.replace(/^"(.*)"$/, "$1")];
    const depth = matchingDepth(full, keys);
    if (depth === full.length && depth > bestDepth) {
      [best, bestDepth] = [{ line: index + 1, column: assignment[0].length + 1 }, depth];
    }
  }
  return best;
}
