// Small pieces both the generator's zod schemas and the runtime's own checker use, so a date, a
// message or a value's description means the same in `gen` and in `createCatalog`.
import type { KeyPath } from "./catalog-problem.js";

/** `YYYY-MM` or `YYYY-MM-DD`. */
export const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** A well-formed date that names no real day (`2025-02-31`), which the data has and we keep. */
export function isImpossibleDate(value: string): boolean {
  const [, y, m, d] = DATE.exec(value) ?? [];
  const month = Number(m);
  if (month < 1 || month > 12) return true;
  if (d === undefined) return false;
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return Number(d) < 1 || Number(d) > days;
}

/** A shallow copy without `undefined` members: a patch holds only what its source states. */
export function definedFields<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The message for a value outside a closed list: `Expected "a", "b" or "c"`. */
export function expectedOneOf(values: readonly string[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return `Expected ${quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}` : (quoted[0] ?? "nothing")}`;
}

/** The value at `path` inside `root`, for messages that name what was found. */
export function valueAt(root: unknown, path: KeyPath): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** A short description of a value for messages: its type, or the value itself when short. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${typeof value} ${text.slice(0, 57)}...` : text;
}

/** `, got <value>` for a message, or ` (missing)` when the value is absent. */
export function gotSuffix(value: unknown): string {
  return value === undefined ? " (missing)" : `, got ${describe(value)}`;
}
