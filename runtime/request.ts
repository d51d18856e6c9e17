/**
 * The run-time twin of the request types: `checkModelRequest` judges an untyped request body against
 * one model (numeric limits, required fields, features the model lacks), and `buildModelRequest` turns
 * it into `{ url, method, headers, body }` for `fetch`. Both dispatch through the protocol table
 * (`protocols/wire-protocols.ts`), name no provider, and never throw: whatever the input, they return problems.
 */
import { protocolEntryOf, WIRE_APIS, WIRE_PROTOCOLS } from "./protocols/wire-protocols.js";
import { authFor, PROTOCOL_FACTS, type Endpoint, type EndpointKind } from "./protocols/protocol-facts.js";
import { describeValue, isPlainObject, modelPathSegment, RequestReader, type PlainObject } from "./protocols/request-reader.js";
import { viewProblemsOf } from "./protocols/view-problems.js";
import type { Dialect, WireApi, WireProtocol } from "./protocols/wire-protocol.js";
import type { RequestProblem, RequestProblemCode } from "./request-problem.js";
import type { CatalogIndex } from "./catalog/catalog-index.js";
import type { ResolveApi } from "./catalog/resolve-api.js";
import type { Mode, Model, Protocol, Provider } from "./types.js";

export { effortValuesOf } from "./protocols/view-problems.js";
export type { RequestProblem, RequestProblemCode } from "./request-problem.js";
export type { WireApi } from "./protocols/wire-protocol.js";

/** The request format a protocol takes, or `undefined` for `"unknown"`. */
export function wireApiOf(protocol: Protocol): WireApi | undefined {
  return protocolEntryOf(protocol)?.wire.api;
}

/** The protocol a model is served over: its own override, else its provider's. */
export function protocolOf(model: Model, provider: Provider): Protocol {
  return model.protocol ?? provider.protocol;
}

/** Modes whose endpoints take a conversation; the generated request types cover the same ones. */
export const CONVERSATION_MODES: ReadonlySet<Mode> = new Set<Mode>(["chat", "completion", "responses"]);

/** The top-level fields each format's request type declares, from the protocol modules; a test keeps them equal. */
// Typed loosely on purpose: the literal tuples would pull every protocol module into the root's declarations.
export const REQUEST_FIELDS = Object.fromEntries(WIRE_APIS.map((api): [WireApi, readonly string[]] => [api, WIRE_PROTOCOLS[api].fields])) as {
  readonly [A in WireApi]: readonly string[];
};

/** An HTTP request ready for `fetch(url, { method, headers, body })`. It has not been sent. */
export interface HttpRequest {
  readonly url: string;
  readonly method: "POST";
  readonly headers: { readonly [name: string]: string };
  readonly body: string;
  /** `${VAR}` placeholders still in `url` or `headers`, for the caller to fill (sorted). */
  readonly variables: readonly string[];
}

/** Options of `buildRequest` and `checkRequest`. */
export interface RequestOptions {
  /**
   * Values for `${VAR}` placeholders (API keys, regions, resource names). Nothing is read from the
   * process environment: pass `process.env` explicitly if that is what you want.
   */
  readonly env?: { readonly [name: string]: string | undefined };
  /** Use OpenAI's Responses API for a model whose default is chat completions. */
  readonly api?: "openai-responses";
}

/** What `buildRequest` returns: the request and its warnings, or every problem that blocks it. */
export type BuildResult =
  | { readonly ok: true; readonly value: HttpRequest; readonly problems: readonly RequestProblem[] }
  | {
      readonly ok: false;
      readonly error: { readonly code: RequestProblemCode; readonly message: string };
      readonly problems: readonly RequestProblem[];
    };

const KNOWN_FIELDS: ReadonlyMap<WireApi, ReadonlySet<string>> = new Map(WIRE_APIS.map((api) => [api, new Set<string>(WIRE_PROTOCOLS[api].fields)]));

/** What to call instead of a chat endpoint, for each mode that takes no conversation. */
const INSTEAD: { readonly [M in Mode]?: string } = {
  embedding:
    "an embedding model: it takes no chat request; call the provider's embeddings endpoint (OpenAI-style POST /embeddings, Gemini :embedContent, Cohere /v2/embed)",
  rerank: "a rerank model: it takes no chat request; call the provider's rerank endpoint",
  image: "an image model: it takes no chat request; call the provider's image generation endpoint (OpenAI-style POST /images/generations)",
  audio: "an audio model: it takes no chat request; call the provider's speech or transcription endpoint (OpenAI-style /audio/speech, /audio/transcriptions)",
  video: "a video model: it takes no chat request; call the provider's video generation endpoint",
  moderation: "a moderation model: it takes no chat request; call the provider's moderation endpoint (OpenAI-style POST /moderations)",
};

/** The wire format a request for `model` uses and the dialect it speaks there, or a problem saying why there is none. */
function formatFor(model: Model, provider: Provider, options: RequestOptions | undefined): { wire: WireProtocol; dialect: Dialect } | RequestProblem {
  const protocol = protocolOf(model, provider);
  const unsupported = (message: string): RequestProblem => ({ path: "", code: "unsupported_protocol", severity: "error", message });
  if (!CONVERSATION_MODES.has(model.mode)) return unsupported(`${model.spec} is ${INSTEAD[model.mode] ?? `a ${model.mode} model: it takes no chat request`}`);
  const entry = protocolEntryOf(protocol);
  const asked: WireProtocol | undefined = options?.api === "openai-responses" ? WIRE_PROTOCOLS[options.api] : undefined;
  if (asked !== undefined) {
    if (entry === undefined || !asked.optIn.includes(protocol)) return unsupported(`${model.spec} speaks ${protocol}, not ${asked.title}`);
    return { wire: asked, dialect: entry.dialect };
  }
  return entry ?? unsupported(`No request format is known for ${model.spec} (protocol "${protocol}")`);
}

/**
 * Every problem of `request` for `model`: errors block the call, warnings (unknown fields) do not.
 * Never throws, whatever `request` is.
 */
export function checkModelRequest(model: Model, provider: Provider, request: unknown, options?: RequestOptions): RequestProblem[] {
  const format = formatFor(model, provider, options);
  if ("code" in format) return [format];
  try {
    if (!isPlainObject(request))
      return [{ path: "", code: "invalid_request", severity: "error", message: `Expected a request object, got ${describeValue(request)}` }];
    const reader = new RequestReader(KNOWN_FIELDS.get(format.wire.api)!);
    reader.unknownFields(request);
    format.wire.read(reader, request);
    const problems = viewProblemsOf(model, reader.view, format.wire);
    const named = request.model;
    if (named !== undefined && named !== model.spec && named !== model.id) {
      problems.unshift({
        path: "model",
        code: "model_mismatch",
        severity: "error",
        message: `The request names ${JSON.stringify(named) ?? describeValue(named)}, not ${model.spec}`,
      });
    }
    return problems;
  } catch (error) {
    // Getters and proxies can throw while being read; that is the request's problem, not ours.
    return [
      {
        path: "",
        code: "invalid_request",
        severity: "error",
        message: `The request could not be read: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
}

/** The endpoint of a kind that a protocol serves, from the protocol facts table. */
function endpointFor(protocol: Protocol, kind: EndpointKind): Endpoint | undefined {
  return (PROTOCOL_FACTS[protocol].endpoints as ProtocolEndpoints)[kind];
}

type ProtocolEndpoints = { readonly [K in EndpointKind]?: Endpoint };

const req = (request: unknown): PlainObject => request as PlainObject;

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** `text` with its `${VAR}` placeholders filled from `env`; the names it could not fill are added to `missing`. */
export function fill(text: string, env: RequestOptions["env"], missing: Set<string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = env !== undefined && Object.hasOwn(env, name) ? env[name] : undefined;
    if (typeof value === "string" && value !== "") return value;
    missing.add(name);
    return whole;
  });
}

/**
 * The HTTP request for `request` to `model`: the URL from the catalog's base URL, the auth header
 * naming the API-key variable (`Bearer ${OPENAI_API_KEY}`) unless `options.env` gives its value, and
 * the body with the provider's own model id. Pure: it reads no environment and sends nothing.
 */
export function buildModelRequest(model: Model, provider: Provider, request: unknown, options?: RequestOptions): BuildResult {
  const problems = checkModelRequest(model, provider, request, options);
  const fail = (code: RequestProblemCode, message: string): BuildResult => ({ ok: false, error: { code, message }, problems });
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    return fail(first.code, `${first.path === "" ? "" : `${first.path}: `}${first.message}${more}`);
  }
  const { wire } = formatFor(model, provider, options) as { wire: WireProtocol; dialect: Dialect };
  const base = (model.baseUrl ?? provider.baseUrl)?.replace(/\/+$/, "");
  if (base === undefined) {
    problems.push({ path: "", code: "no_endpoint", severity: "error", message: `The catalog has no base URL for ${model.spec}` });
    return fail("no_endpoint", `The catalog has no base URL for ${model.spec}`);
  }
  try {
    const protocol = protocolOf(model, provider);
    const call = wire.call(protocol, model, request as PlainObject);
    const missing = new Set<string>();
    // The path and the auth header come from the protocol facts, which provider(id) reports too.
    const endpoint = endpointFor(protocol, wire.api === "openai-responses" ? "responses" : "chat");
    const path = (endpoint === undefined ? "" : req(request).stream === true ? (endpoint.streamPath ?? endpoint.path) : endpoint.path).replaceAll(
      "{model}",
      modelPathSegment(model),
    );
    const url = fill(`${base}${path}`, options?.env, missing);
    const headers: Record<string, string> = { "content-type": "application/json", ...call.headers };
    // The first header method; behind `none` (a server on this machine) only when the caller gives its secret.
    const methods = authFor(protocol, provider.env, model.baseUrl ?? provider.baseUrl ?? "");
    const auth = methods.find((m) => m.kind === "api-key" || m.kind === "oauth");
    const optional = methods[0]?.kind === "none";
    if (auth?.variable !== undefined && (!optional || (options?.env?.[auth.variable] ?? "") !== "")) {
      const secret = `\${${auth.variable}}`;
      headers[auth.header] = fill(auth.scheme === undefined ? secret : `${auth.scheme} ${secret}`, options?.env, missing);
    }
    const body = JSON.stringify(call.body);
    return { ok: true, value: { url, method: "POST", headers, body, variables: [...missing].sort() }, problems };
  } catch (error) {
    // JSON.stringify throws on cycles and BigInt; report it like any other bad input.
    const message = `The request cannot be sent as JSON: ${error instanceof Error ? error.message : String(error)}`;
    problems.push({ path: "", code: "invalid_request", severity: "error", message });
    return fail("invalid_request", message);
  }
}

/** The catalog functions that check and build provider requests. */
export interface RequestApi {
  /** Every problem of a provider request for the model (limits, required fields, features and inputs the model lacks); never throws. */
  checkRequest(spec: string, request: unknown, options?: RequestOptions): RequestProblem[];
  /** The HTTP request for `fetch`, or the problems that block it; pure, never throws. */
  buildRequest(spec: string, request: unknown, options?: RequestOptions): BuildResult;
}

/**
 * Request checking and building by spec: the spec picks the model and its provider, the protocol
 * modules do the rest. An unknown spec is a problem, never an exception.
 * @example createRequestApi(index, resolve).checkRequest("openai:gpt-4o", { messages: [] })
 */
export function createRequestApi(index: CatalogIndex, resolve: ResolveApi["resolve"]): RequestApi {
  function requestTarget(spec: unknown): { model: Model; provider: Provider } | RequestProblem {
    const found = typeof spec === "string" ? (index.exactSpec(spec) ?? (spec.includes(":") ? resolve(spec) : undefined)) : undefined;
    const model = found === undefined ? undefined : "spec" in found ? found : found.ok ? found.value : undefined;
    if (model === undefined) {
      return { path: "", code: "unknown_model", severity: "error", message: `No model ${JSON.stringify(spec) ?? String(spec)} in the catalog` };
    }
    return { model, provider: index.tableById.get(model.provider)!.provider };
  }

  return {
    checkRequest: (spec, request, options) => {
      const target = requestTarget(spec);
      return "code" in target ? [target] : checkModelRequest(target.model, target.provider, request, options);
    },
    buildRequest: (spec, request, options) => {
      const target = requestTarget(spec);
      if ("code" in target) return { ok: false, error: { code: target.code, message: target.message }, problems: [target] };
      return buildModelRequest(target.model, target.provider, request, options);
    },
  };
}
