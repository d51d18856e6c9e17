import type { KeyPath } from "./catalog-problem.js";

// Ids like `gpt-4o` or `4o-mini` read unambiguously when dotted; an all-digit key would look like an array index.
const PLAIN_SEGMENT = /^[\w$-]+$/;
const INDEX_LIKE = /^\d+$/;

/**
 * A key path as one string: plain segments dotted, array indexes as `[0]`, and any other key
 * (with a dot, space, quote, bracket, slash, all digits, or empty) JSON-quoted in brackets, so
 * `openai.models["gpt-4.1"].limit` cannot be misread as five segments.
 */
export function formatKeyPath(path: KeyPath): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (PLAIN_SEGMENT.test(segment) && !INDEX_LIKE.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
