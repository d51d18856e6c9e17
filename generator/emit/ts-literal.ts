/**
 * The two ways data reaches generated code: as a JS/TS expression and as a literal type. Both escape
 * through `JSON.stringify`, which also escapes lone surrogates, plus U+2028/U+2029 so that older
 * parsers and tools that split on them stay safe.
 */

const LINE_SEPARATORS = /[\u2028\u2029]/g;
const HAS_LINE_SEPARATOR = /[\u2028\u2029]/;

function escapeSeparators(text: string): string {
  // The test allocates nothing; gen escapes ~13 MB of text and almost none of it has a separator.
  if (!HAS_LINE_SEPARATOR.test(text)) return text;
  return text.replace(LINE_SEPARATORS, (c) => (c === "\u2028" ? "\\u2028" : "\\u2029"));
}

/**
 * JSON text, except that a `"__proto__"` key is written `["__proto__"]`: in an object literal the
 * plain form sets the prototype instead of a property, the computed form defines a property.
 */
function expression(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : expression(v))).join(",")}]`;
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const members = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${key === "__proto__" ? '["__proto__"]' : JSON.stringify(key)}:${expression((value as Record<string, unknown>)[key])}`);
  return `{${members.join(",")}}`;
}

/** A JS expression for a JSON-compatible value that evaluates to an equal value, `__proto__` keys included. */
export function literal(value: unknown): string {
  return escapeSeparators(expression(value));
}

/**
 * A single-quoted JS string literal holding the JSON text of `value`. JSON's own double quotes need
 * no escaping inside single quotes, so each emitted row stays readable in a diff.
 */
export function jsonRow(value: unknown): string {
  const json = escapeSeparators(JSON.stringify(value));
  return json.includes("'") || json.includes("\\") ? `'${json.replace(/[\\']/g, (c) => `\\${c}`)}'` : `'${json}'`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property name for a type or object member: bare when it is an identifier, quoted otherwise. */
export function propertyName(key: string): string {
  return IDENTIFIER.test(key) && key !== "__proto__" ? key : literal(key);
}

/** The exact TS literal type of a JSON-compatible value: readonly objects and tuples, literal leaves. */
export function literalType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `readonly [${value.map(literalType).join(", ")}]`;
  switch (typeof value) {
    case "string":
      return literal(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`No literal type for ${value}`);
      return String(value);
    case "boolean":
      return String(value);
    case "object": {
      const members = Object.entries(value as object).map(([k, v]) => `readonly ${propertyName(k)}: ${literalType(v)}`);
      return members.length === 0 ? "{}" : `{ ${members.join("; ")} }`;
    }
    default:
      throw new TypeError(`No literal type for a ${typeof value}`);
  }
}
