// Kept rather than jsonc-parser 3.3.1, weighed on data/models-dev/api.json (4.2 MB, 136,860 value
// paths; medians of 5 on a shared 2-core machine). Same positions for every path, but slower: all
// paths 158 ms here vs 420 ms (parseTree + findNodeAtLocation), one diagnostic 20 ms vs 211 ms (this
// scanner skips models no path enters), duplicate-key scan 32 ms (duplicate-json-keys.ts) vs 64 ms
// (visit). And wrong where it matters: on a repeated key it points at the first value while
// JSON.parse keeps the last, it cannot point a missing key at its parent, and its recursive descent
// throws RangeError on 10,000 nested brackets, which this scanner walks without recursion.
import type { KeyPath } from "../diagnostics.js";
import type { Position } from "../stage-types.js";

/** Positions of every value in a JSON text; repeated keys are found by `duplicateJsonKeys`. */
export interface JsonLocator {
  /** Position of the value at `path` (of a repeated key, the last, as JSON.parse keeps), else of its nearest existing ancestor. */
  locate(path: KeyPath): Position | undefined;
}

/** Line starts of `text`, for turning offsets into 1-based line and column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based position of `offset`, given the line starts of its text. */
export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** A scanned container: where it starts and where each member's value starts. */
interface Node {
  readonly offset: number;
  /** Filled on first need below `EAGER_DEPTH`: most diagnostics never look inside most models. */
  members?: Map<string, Node | number>;
}

/** Containers this deep (a model inside `provider.models`) are skipped until a path enters them. */
const EAGER_DEPTH = 3;

/**
 * Scans a JSON text that `JSON.parse` accepted and records where each value starts. Only runs when
 * a diagnostic needs a position, so valid input never pays for it.
 */
export function createJsonLocator(text: string): JsonLocator {
  let i = 0;

  const skipWs = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  const skipString = (): boolean => {
    i++;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 92) {
        escaped = true;
        i += 2;
      } else if (c === 34) {
        i++;
        break;
      } else if (Number.isNaN(c)) {
        break;
      } else i++;
    }
    return escaped;
  };
  const readString = (): string => {
    const start = i;
    const escaped = skipString();
    const raw = text.slice(start, i);
    return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  const skipContainer = () => {
    for (let depth = 0; ; ) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        skipString();
        continue;
      }
      if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) depth--;
      i++;
      if (depth === 0 || Number.isNaN(c)) return;
    }
  };
  /** Scans one value; returns a node for containers, the start offset for scalars. */
  const scanValue = (path: (string | number)[], eagerDepth: number): Node | number => {
    skipWs();
    const offset = i;
    const c = text.charCodeAt(i);
    if ((c === 123 || c === 91) && path.length >= eagerDepth) {
      skipContainer();
      return { offset };
    }
    if (c === 123 || c === 91) {
      const node = { offset, members: new Map<string, Node | number>() };
      const isObject = c === 123;
      const close = isObject ? 125 : 93;
      i++;
      for (let index = 0; ; index++) {
        skipWs();
        if (text.charCodeAt(i) === close || i >= text.length) break;
        let key = String(index);
        if (isObject) {
          key = readString();
          skipWs();
          i++; // ':'
        }
        path.push(isObject ? key : index);
        node.members.set(key, scanValue(path, eagerDepth));
        path.pop();
        skipWs();
        if (text.charCodeAt(i) === 44) i++;
      }
      i++;
      return node;
    }
    if (c === 34) skipString();
    else {
      for (;;) {
        const d = text.charCodeAt(i);
        // Stop at whitespace, ",", "]", "}" or the end (NaN).
        if (d === 44 || d === 93 || d === 125 || d === 32 || d === 10 || d === 13 || d === 9 || Number.isNaN(d)) break;
        i++;
      }
    }
    return offset;
  };
  const root = scanValue([], EAGER_DEPTH);

  const starts = lineStarts(text);
  return {
    locate(path) {
      // The deepest existing value on the path: a missing key points at its parent object.
      let node: Node | number = root;
      for (const [depth, segment] of path.entries()) {
        if (typeof node === "number") break;
        // One level at a time: a hostile file nested 100,000 deep must not recurse that far.
        if (node.members === undefined) {
          i = node.offset;
          node.members = (scanValue(path.slice(0, depth), depth + 1) as Node).members;
        }
        const next: Node | number | undefined = node.members!.get(String(segment));
        if (next === undefined) break;
        node = next;
      }
      return positionAt(starts, typeof node === "number" ? node : node.offset);
    },
  };
}

/**
 * Offset of the first JSON syntax error in `text`. Node's `JSON.parse` messages carry a position
 * for some errors only, so a failed parse is scanned again by this strict recursive descent.
 */
export function jsonSyntaxErrorOffset(text: string): number {
  let i = 0;
  class Stop extends Error {}
  const fail = (): never => {
    throw new Stop();
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const expect = (token: string) => {
    if (!text.startsWith(token, i)) fail();
    i += token.length;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c) || c < 0x20) fail();
      if (c === 34) return void i++;
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail();
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail();
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        string();
        ws();
        expect(":");
        value();
        ws();
        if (text[i] === ",") i++;
        else return void expect("}");
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else {
          expect("]");
          return;
        }
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal === null) fail();
    i += literal![0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (error) {
    // A stack overflow means hostile nesting: report where the scan had got to.
    if (!(error instanceof Stop) && !(error instanceof RangeError)) throw error;
  }
  return Math.min(i, text.length);
}
