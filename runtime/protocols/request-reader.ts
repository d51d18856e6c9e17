/**
 * What every protocol module shares: reading a request into a view for the checks, and writing the
 * body and path of a call.
 */
import type { RequestProblem, RequestProblemCode } from "../request-problem.js";
import type { Modality, Model } from "../types.js";

/** A JSON object as a request holds it: a record, not an array or `null`. */
export type PlainObject = Readonly<Record<string, unknown>>;

/** Whether `value` is a plain object (the only thing a request or one of its parts may be). */
export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How a value reads in a message: its JSON kind, never its content. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

/** A problem path one step deeper: `messages` + 2 is `messages[2]`, `thinking` + `type` is `thinking.type`. */
export function joinPath(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;
}

/**
 * What a request asks of the model, read off one wire format; every path is where the user wrote it.
 * The format modules fill it and one generic check judges it, so a limit is checked the same way in
 * every format.
 */
export interface RequestView {
  readonly problems: RequestProblem[];
  readonly maxTokens: { path: string; value: unknown }[];
  readonly temperature: { path: string; value: unknown; max: number }[];
  readonly tools: string[];
  readonly reasoning: string[];
  readonly effort: { path: string; value: unknown }[];
  readonly budget: { path: string; value: unknown }[];
  readonly structured: string[];
  readonly inputs: { path: string; modality: Modality }[];
}

/** The reading steps every wire format shares; a format module calls them on its own field names. */
export class RequestReader {
  readonly view: RequestView = { problems: [], maxTokens: [], temperature: [], tools: [], reasoning: [], effort: [], budget: [], structured: [], inputs: [] };
  constructor(private readonly known: ReadonlySet<string>) {}

  /** Records a problem at `path`; shape problems are errors unless said otherwise. */
  problem(path: string, code: RequestProblemCode, message: string, severity: "error" | "warning" = "error"): void {
    this.view.problems.push({ path, code, severity, message });
  }

  /** Warns about top-level fields the format does not define (a typo is otherwise silently ignored). */
  unknownFields(request: PlainObject): void {
    for (const key of Object.keys(request)) {
      if (!this.known.has(key))
        this.problem(key, "unknown_field", `"${key}" is not a field of this request format; the provider may reject or ignore it`, "warning");
    }
  }

  /** Reports `key` missing, or present with the wrong kind. */
  required(request: PlainObject, key: string, kind: "array" | "number" | "array-or-string"): void {
    const value = request[key];
    if (value === undefined) this.problem(key, "missing_field", `"${key}" is required`);
    else this.expect(key, value, kind);
  }

  /** Whether `value` is of `kind`, reporting it at `path` when not. */
  expect(path: string, value: unknown, kind: "array" | "number" | "array-or-string" | "object" | "string" | "boolean"): boolean {
    const ok =
      kind === "array"
        ? Array.isArray(value)
        : kind === "array-or-string"
          ? Array.isArray(value) || typeof value === "string"
          : kind === "object"
            ? isPlainObject(value)
            : typeof value === kind && (kind !== "number" || Number.isFinite(value));
    if (!ok) this.problem(path, "invalid_type", `Expected ${kind.replaceAll("-", " ")}, got ${describeValue(value)}`);
    return ok;
  }

  /** Each element of an array field that is an object, with its path; reports the others. */
  *objects(value: unknown, path: string): Generator<[PlainObject, string]> {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (isPlainObject(item)) yield [item, joinPath(path, i)];
      else this.problem(joinPath(path, i), "invalid_type", `Expected an object, got ${describeValue(item)}`);
    }
  }

  /** Notes `path` in `into` when the request sets `key` (a feature asked for by its presence). */
  present(request: PlainObject, key: string, into: string[], path = key): void {
    if (request[key] !== undefined) into.push(path);
  }

  /** Notes `key`'s value with its path, for the model checks to judge. */
  capture(request: PlainObject, key: string, into: { path: string; value: unknown }[], path = key): void {
    if (request[key] !== undefined) into.push({ path, value: request[key] });
  }

  /** Notes the temperature with the format's upper bound. */
  temperature(request: PlainObject, key: string, max: number, path = key): void {
    if (request[key] !== undefined) this.view.temperature.push({ path, value: request[key], max });
  }

  /** Content parts keyed by `type` (OpenAI, Mistral, Cohere, Anthropic). */
  typedParts(content: unknown, path: string, modalities: Readonly<Record<string, Modality>>): void {
    if (typeof content === "string" || content === null || content === undefined) return;
    if (!Array.isArray(content)) {
      this.problem(path, "invalid_type", `Expected a string or an array of parts, got ${describeValue(content)}`);
      return;
    }
    for (const [part, partPath] of this.objects(content, path)) {
      const type = part.type;
      if (typeof type !== "string") this.problem(joinPath(partPath, "type"), "missing_field", `A content part needs a "type"`);
      else if (Object.hasOwn(modalities, type)) this.view.inputs.push({ path: partPath, modality: modalities[type]! });
    }
  }

  /** Reads a list of `{ role, content }` messages whose parts are keyed by `type`. */
  messages(request: PlainObject, key: string, modalities: Readonly<Record<string, Modality>>, contentRequired: boolean): void {
    for (const [message, path] of this.objects(request[key], key)) {
      if (typeof message.role !== "string") this.problem(joinPath(path, "role"), "missing_field", `A message needs a "role"`);
      if (contentRequired && message.content === undefined) this.problem(joinPath(path, "content"), "missing_field", `A message needs "content"`);
      this.typedParts(message.content, joinPath(path, "content"), modalities);
    }
  }
}

/** The request without `keys`, for formats that carry those in the URL instead of the body. */
export function withoutKeys(request: PlainObject, keys: readonly string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) if (!keys.includes(key)) body[key] = value;
  return body;
}

/** The request with the provider's own model id in `model`, whatever spec or id the caller wrote. */
export function withModelId(model: Model, request: PlainObject): Record<string, unknown> {
  return { model: model.id, ...withoutKeys(request, ["model"]) };
}

/** The model id as one URL path segment; "@" is legal there and Vertex AI's ids carry it (claude-…@20251101). */
export function modelPathSegment(model: Model): string {
  return encodeURIComponent(model.id).replaceAll("%40", "@");
}
