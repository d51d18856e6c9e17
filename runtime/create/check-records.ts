// The runtime's own check of models.dev and overlay records: the rules of the generator's zod schemas
// (`generator/formats/models-dev-json/models-dev-schema.ts`, `generator/formats/overlay/overlay-schema.ts`),
// written out by hand so the runtime keeps no dependencies. Problems come out in the same codes, key
// paths and messages as `gen`'s; test/runtime/create/check-parity.test.ts runs both on the same bad
// input and compares them.
import { MODEL_STATUSES, PROTOCOLS } from "../record-vocabulary.js";
import type { CatalogProblemCode, KeyPath } from "./catalog-problem.js";
import { DATE, expectedOneOf, gotSuffix } from "./record-primitives.js";

/** What one check found, before it becomes a problem with the found value described. */
export type Issue =
  /** The value has the wrong type; `message` replaces the generic `Expected <expected>`. */
  | { readonly path: KeyPath; readonly kind: "type"; readonly expected: string; readonly message?: string }
  | { readonly path: KeyPath; readonly kind: "rule"; readonly code: CatalogProblemCode; readonly message: string };

/** Checks a value at a path, adding what is wrong; returns whether it passed. */
type Check = (value: unknown, path: KeyPath, issues: Issue[]) => boolean;

/** Adds the issue and fails the check. */
function fail(issues: Issue[], issue: Issue): false {
  issues.push(issue);
  return false;
}

const typeIssue = (path: KeyPath, expected: string, message?: string): Issue => ({ path, kind: "type", expected, message });
const ruleIssue = (path: KeyPath, code: CatalogProblemCode, message: string): Issue => ({ path, kind: "rule", code, message });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const string: Check = (value, path, issues) => typeof value === "string" || fail(issues, typeIssue(path, "string"));

function nonEmptyString(message = "Too small: expected string to have >=1 characters"): Check {
  return (value, path, issues) => {
    if (!string(value, path, issues)) return false;
    if ((value as string).length >= 1) return true;
    issues.push(ruleIssue(path, "too_small", message));
    return false;
  };
}

const boolean: Check = (value, path, issues) => typeof value === "boolean" || fail(issues, typeIssue(path, "boolean"));

const date: Check = (value, path, issues) => {
  if (!string(value, path, issues)) return false;
  if (DATE.test(value as string)) return true;
  issues.push(ruleIssue(path, "invalid_format", "Expected a date as YYYY-MM or YYYY-MM-DD"));
  return false;
};

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

const price: Check = (value, path, issues) => {
  if (!isNumber(value)) return fail(issues, typeIssue(path, "number", "Expected a price in USD per 1M tokens"));
  if (value >= 0) return true;
  issues.push(ruleIssue(path, "too_small", "Price must not be negative"));
  return false;
};

/** A token count; `positive` adds the rule of a tier size, which must be above 0. */
function tokens(positive?: string): Check {
  return (value, path, issues) => {
    if (!isNumber(value)) return fail(issues, typeIssue(path, "number", "Expected a token count"));
    if (!Number.isInteger(value)) return fail(issues, typeIssue(path, "int", "Token counts must be whole numbers"));
    const before = issues.length;
    if (value < 0) issues.push(ruleIssue(path, "too_small", "Token counts must not be negative"));
    if (positive !== undefined && value <= 0) issues.push(ruleIssue(path, "too_small", positive));
    return issues.length === before;
  };
}

const integer: Check = (value, path, issues) => {
  if (!isNumber(value)) return fail(issues, typeIssue(path, "number"));
  return Number.isInteger(value) || fail(issues, typeIssue(path, "int"));
};

function oneOf(values: readonly string[], message: string): Check {
  return (value, path, issues) => (values as readonly unknown[]).includes(value) || fail(issues, ruleIssue(path, "invalid_value", message));
}

function arrayOf(item: Check): Check {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, typeIssue(path, "array"));
    let ok = true;
    value.forEach((v, i) => {
      ok = item(v, [...path, i], issues) && ok;
    });
    return ok;
  };
}

function recordOf(item: Check): Check {
  return (value, path, issues) => {
    if (!isObject(value)) return fail(issues, typeIssue(path, "record"));
    let ok = true;
    for (const key of Object.keys(value)) ok = item(value[key], [...path, key], issues) && ok;
    return ok;
  };
}

const anything: Check = () => true;

/** A field of an object: its check, and whether it may be absent. */
type Field = readonly [check: Check, optional: boolean];
const required = (check: Check): Field => [check, false];
const optional = (check: Check): Field => [check, true];

/** An object with these fields, in this order (the order problems are found in); other keys are allowed. */
function objectOf(shape: Readonly<Record<string, Field>>, refine?: (value: Record<string, unknown>, path: KeyPath, issues: Issue[]) => void): Check {
  return (value, path, issues) => {
    if (!isObject(value)) return fail(issues, typeIssue(path, "object"));
    const before = issues.length;
    for (const [key, [check, isOptional]] of Object.entries(shape)) {
      const field = Object.hasOwn(value, key) ? value[key] : undefined;
      if (field === undefined && isOptional) continue;
      check(field, [...path, key], issues);
    }
    // A rule between fields is judged only on a value whose fields are each fine.
    if (issues.length === before && refine !== undefined) refine(value, path, issues);
    return issues.length === before;
  };
}

/** Each field of the shape made optional, as zod's `partial()`. */
function partial(shape: Readonly<Record<string, Field>>): Record<string, Field> {
  return Object.fromEntries(Object.entries(shape).map(([key, [check]]) => [key, optional(check)]));
}

/** The first check that passes, or one `invalid_union` problem at the value, as zod's `union`. */
function firstOf(...checks: Check[]): Check {
  return (value, path, issues) => {
    if (checks.some((check) => check(value, path, []))) return true;
    issues.push(ruleIssue(path, "invalid_type", "Invalid input"));
    return false;
  };
}

const optionalPrices = {
  cache_read: optional(price),
  cache_write: optional(price),
  reasoning: optional(price),
  input_audio: optional(price),
  output_audio: optional(price),
};

const tier = objectOf({
  tier: required(
    objectOf({
      type: optional(oneOf(["context"], 'Only "context" tiers are known')),
      size: required(tokens("A tier size must be positive")),
    }),
  ),
  input: optional(price),
  output: optional(price),
  ...optionalPrices,
});

const costShape = {
  input: required(price),
  output: required(price),
  ...optionalPrices,
  tiers: optional(arrayOf(tier)),
  context_over_200k: optional(objectOf({ input: optional(price), output: optional(price), ...optionalPrices })),
};

const REASONING_OPTION_TYPES = ["toggle", "effort", "budget_tokens"];
const reasoningOption = objectOf(
  {
    type: required(oneOf(REASONING_OPTION_TYPES, expectedOneOf(REASONING_OPTION_TYPES))),
    values: optional(arrayOf((value, path, issues) => value === null || string(value, path, issues))),
    min: optional(integer),
    max: optional(integer),
  },
  (value, path, issues) => {
    if (value.type === "effort" && value.values === undefined)
      issues.push(ruleIssue([...path, "values"], "invalid_value", "An effort option lists its values"));
  },
);

const status = oneOf(MODEL_STATUSES, expectedOneOf(MODEL_STATUSES));

const providerShape = {
  id: optional(string),
  name: required(nonEmptyString("A provider needs a name")),
  env: required(arrayOf(string)),
  npm: required(string),
  api: optional(string),
  doc: optional(string),
};

const modelShape = {
  id: optional(string),
  name: required(string),
  family: optional(string),
  attachment: required(boolean),
  reasoning: required(boolean),
  tool_call: required(boolean),
  structured_output: optional(boolean),
  temperature: optional(boolean),
  knowledge: optional(date),
  release_date: required(date),
  last_updated: required(date),
  modalities: required(objectOf({ input: required(arrayOf(string)), output: required(arrayOf(string)) })),
  open_weights: required(boolean),
  cost: optional(objectOf(costShape)),
  limit: required(objectOf({ context: required(tokens()), input: optional(tokens()), output: required(tokens()) })),
  status: optional(status),
  reasoning_options: optional(arrayOf(reasoningOption)),
  interleaved: optional(anything),
  experimental: optional(anything),
  provider: optional(anything),
  base_model: optional(string),
};

/** A models.dev model where every field, and every field of its tables, may be absent. */
const sparseModelShape = {
  ...partial(modelShape),
  cost: optional(objectOf(partial(costShape))),
  limit: optional(objectOf({ context: optional(tokens()), input: optional(tokens()), output: optional(tokens()) })),
  modalities: optional(objectOf({ input: optional(arrayOf(string)), output: optional(arrayOf(string)) })),
};

/** The record checks of each format `createCatalog` reads, as the generator's schemas define them. */
export const RECORD_CHECKS = {
  "models-dev-json": { provider: objectOf(providerShape), model: objectOf(modelShape) },
  overlay: {
    provider: objectOf({
      ...partial(providerShape),
      default_model: optional(nonEmptyString()),
      protocol: optional(oneOf(PROTOCOLS, `Expected one of ${PROTOCOLS.join(", ")}`)),
      base_url: optional(string),
    }),
    model: objectOf({
      ...sparseModelShape,
      aliases: optional(arrayOf(string)),
      tags: optional(arrayOf(string)),
      mode: optional(string),
      status: optional(status),
      active: optional(boolean),
      deprecation_date: optional(date),
      capabilities: optional(firstOf(arrayOf(string), recordOf(boolean))),
      extra: optional(recordOf(anything)),
    }),
  },
} as const satisfies Record<string, { readonly provider: Check; readonly model: Check }>;

/** A problem's code and message for an issue, worded as `gen` words the same schema problem. */
export function problemOfIssue(issue: Issue, value: unknown): { code: CatalogProblemCode; message: string } {
  if (issue.kind === "rule") return { code: issue.code, message: issue.message + gotSuffix(value) };
  if (value === undefined) return { code: "missing_field", message: `Required field "${String(issue.path.at(-1))}" is missing (expected ${issue.expected})` };
  return { code: "invalid_type", message: `${issue.message ?? `Expected ${issue.expected}`}${gotSuffix(value)}` };
}
