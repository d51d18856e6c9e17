// A local HTTP server on 127.0.0.1 that records every call it gets, for the wire-level oracle tests:
// the official client and `buildRequest` each send the same request to it, and the tests compare
// what arrived. It answers every call with one status and body (fixed, or chosen per call); 400 by
// default, which no official client retries, so each send is exactly one recorded call.
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { getModel, provider } from "../../../../runtime/index.js";
import { buildModelRequest, type HttpRequest, type RequestOptions } from "../../../../runtime/request.js";

/** One call as the server saw it. */
export interface RecordedCall {
  readonly method: string;
  /** The path without the query, as sent (percent-encoding kept). */
  readonly path: string;
  /** The query string without `?`, `""` when there is none. */
  readonly query: string;
  readonly headers: IncomingHttpHeaders;
  /** The body parsed as JSON, or the raw text when it is not JSON. */
  readonly body: unknown;
}

/** The answer a call gets. */
export interface Reply {
  readonly status: number;
  /** Sent as JSON; a string is sent as it is (a server-sent event stream, with its own content type). */
  readonly body: unknown;
  readonly headers?: { readonly [name: string]: string };
}

/** A running recorder: its origin (`http://127.0.0.1:port`), what it recorded so far, and how to stop it. */
export interface Recorder {
  readonly url: string;
  readonly calls: RecordedCall[];
  /** Drops the recorded calls. */
  clear(): void;
  close(): Promise<void>;
}

const DEFAULT_REPLY: Reply = { status: 400, body: { error: { type: "invalid_request_error", message: "recorded by the oracle test" } } };

/** Starts a recorder on a free port of 127.0.0.1; `reply` may depend on the call (its path, its body). */
export async function startRecorder(reply: Reply | ((call: RecordedCall) => Reply) = DEFAULT_REPLY): Promise<Recorder> {
  const calls: RecordedCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const raw = req.url ?? "/";
      const at = raw.indexOf("?");
      const call: RecordedCall = {
        method: req.method ?? "",
        path: at < 0 ? raw : raw.slice(0, at),
        query: at < 0 ? "" : raw.slice(at + 1),
        headers: req.headers,
        body: parsedBody(text),
      };
      calls.push(call);
      const answer = typeof reply === "function" ? reply(call) : reply;
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    clear: () => void calls.splice(0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function parsedBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Sends a request `buildRequest` built (its URL already on the recorder) with `fetch`, ignoring the answer. */
export async function sendBuilt(request: HttpRequest): Promise<void> {
  const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
  await response.arrayBuffer();
}

/** Runs a call of an official client that is expected to fail on the recorder's answer; any other outcome is ignored too. */
export async function sendWithClient(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch {
    // The recorder answers with an error on purpose; what matters is what was sent.
  }
}

/**
 * The part of a call the oracle compares: method, path, query, the named auth header, the content
 * type (without parameters) and the body. Client-added defaults are the test's to remove and list.
 */
export function comparable(call: RecordedCall, authHeader: string) {
  return {
    method: call.method,
    path: call.path,
    query: call.query,
    auth: call.headers[authHeader.toLowerCase()],
    contentType: String(call.headers["content-type"] ?? "").split(";")[0],
    body: call.body,
  };
}

/**
 * What `buildRequest` builds for catalog spec `spec`, with its provider's base URL moved onto the
 * recorder (`${recorder.url}${basePath}`), so the built URL keeps the provider's own path. Throws with
 * the problems when the request does not build.
 */
export function builtOnRecorder(spec: string, request: unknown, recorder: Recorder, basePath: string, options?: RequestOptions): HttpRequest {
  const model = getModel(spec);
  const owner = model === undefined ? undefined : provider(model.provider);
  if (model === undefined || owner === undefined) throw new Error(`${spec} is not in the catalog`);
  const result = buildModelRequest(model, { ...owner, baseUrl: `${recorder.url}${basePath}` }, request, options);
  if (!result.ok) throw new Error(`${spec}: expected a request, got ${JSON.stringify(result.problems)}`);
  return result.value;
}
