import type { KeyPath } from "../diagnostics.js";

/** A key written twice in one JSON object: its path and the offset of the second occurrence. */
export interface DuplicateJsonKey {
  readonly path: KeyPath;
  readonly offset: number;
}

/**
 * Keys repeated within one object of a JSON text that `JSON.parse` accepted (which silently keeps
 * the last). One linear pass with an explicit stack: no recursion, about 10 ms for the 4 MB api.json.
 */
export function duplicateJsonKeys(text: string): DuplicateJsonKey[] {
  const found: DuplicateJsonKey[] = [];
  // One entry per open container: the keys an object has seen (undefined for arrays).
  const keys: (Set<string> | undefined)[] = [];
  // path[d] is the member of container d being read; -1 until an object's first key is read.
  const path: (string | number)[] = [];
  let expectKey = false;
  const endOfString = (start: number): number => {
    for (let j = text.indexOf('"', start + 1); ; j = text.indexOf('"', j + 1)) {
      let backslashes = 0;
      while (text.charCodeAt(j - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) return j;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = endOfString(i);
      const depth = keys.length - 1;
      if (expectKey && keys[depth] !== undefined) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (keys[depth]!.has(key)) found.push({ path: [...path.slice(0, depth), key], offset: i });
        keys[depth]!.add(key);
        path[depth] = key;
        expectKey = false;
      }
      i = end;
    } else if (c === 123) {
      keys.push(new Set());
      path.push(-1);
      expectKey = true;
    } else if (c === 91) {
      keys.push(undefined);
      path.push(0);
    } else if (c === 125 || c === 93) {
      keys.pop();
      path.pop();
    } else if (c === 44) {
      const depth = keys.length - 1;
      if (keys[depth] === undefined) path[depth] = (path[depth] as number) + 1;
      else expectKey = true;
    }
  }
  return found;
}
