import { Agent, errors, interceptors, request } from "undici";

/** Limits for one HTTP exchange; every one of them bounds what a hostile server can cost us. */
export interface FetchOptions {
  readonly method?: "GET" | "POST";
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON request body (sent with `content-type: application/json`). */
  readonly body?: string;
  /** Connecting, waiting for headers, and silence between body chunks, each at most this long. */
  readonly timeoutMs: number;
  /** One attempt from connect to the last byte; a server trickling bytes cannot stretch it. */
  readonly deadlineMs?: number;
  /** Bodies above this size are refused before or while they arrive, never buffered whole. */
  readonly maxBytes: number;
  /** @default 5 */
  readonly maxRedirects?: number;
  /** Called as body bytes arrive; `total` is the announced length, when there is one. */
  readonly onProgress?: (received: number, total: number | undefined) => void;
}

/** A complete response. Bodies of error statuses are not kept. */
export interface FetchedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
}

/** Why an exchange failed, as one line; `transient` failures are worth another attempt. */
export class FetchFailure extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

/** Statuses that say "try again later" rather than "this will never work". */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Whether a response status is worth another attempt. */
function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUSES.has(status);
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

/** Where an exchange stood when it failed, so the reason can say "truncated" rather than "closed". */
interface Progress {
  inBody: boolean;
  received: number;
  announced?: number;
}

/** The one-line reason for an error undici or the socket raised, and whether retrying may help. */
function failureOf(error: unknown, options: FetchOptions, progress: Progress): FetchFailure {
  if (error instanceof FetchFailure) return error;
  const code = (error as { code?: string }).code ?? "";
  const cause = (error as { cause?: { code?: string } }).cause?.code ?? "";
  const message = ((error as Error).message ?? String(error)).split("\n")[0]!;
  if (error instanceof errors.ConnectTimeoutError) return new FetchFailure(`could not connect within ${seconds(options.timeoutMs)}`, true);
  if (error instanceof errors.HeadersTimeoutError) return new FetchFailure(`no response within ${seconds(options.timeoutMs)}`, true);
  if (error instanceof errors.BodyTimeoutError) return new FetchFailure(`the body stalled for more than ${seconds(options.timeoutMs)}`, true);
  if (error instanceof errors.ResponseContentLengthMismatchError) return new FetchFailure("truncated body: shorter than its Content-Length", true);
  if ((error as Error).name === "TimeoutError" || (error as Error).name === "AbortError") {
    return new FetchFailure(`no complete response within ${seconds(options.deadlineMs ?? 0)}`, false);
  }
  if (progress.inBody && (error instanceof errors.SocketError || code === "ECONNRESET" || cause === "ECONNRESET")) {
    const of = progress.announced === undefined ? "" : ` of ${progress.announced}`;
    return new FetchFailure(`truncated body: the connection closed after ${progress.received}${of} bytes`, true);
  }
  if (code === "ECONNRESET" || cause === "ECONNRESET") return new FetchFailure("the connection was reset", true);
  if (code === "ECONNREFUSED" || cause === "ECONNREFUSED") return new FetchFailure("connection refused", true);
  if (code === "ENOTFOUND" || cause === "ENOTFOUND") return new FetchFailure("host not found", false);
  if (error instanceof errors.SocketError) return new FetchFailure(`the connection closed early (${message})`, true);
  if (/redirect/i.test(message)) return new FetchFailure(`redirect refused: ${message.split(". ")[0]!.replace(/\.$/, "")}`, false);
  return new FetchFailure(message, false);
}

/**
 * One HTTP exchange with every limit applied: connect, header and idle-body timeouts, a deadline for
 * the whole attempt, a size cap checked against the announced length and the bytes received, and at
 * most `maxRedirects` redirects. Throws `FetchFailure` with a one-line reason; never retries.
 */
async function fetchBounded(url: string, options: FetchOptions): Promise<FetchedResponse> {
  const agent = new Agent({
    connect: { timeout: options.timeoutMs },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    keepAliveTimeout: 1,
  });
  const dispatcher = agent.compose(interceptors.redirect({ maxRedirections: options.maxRedirects ?? 5 }));
  const deadlineMs = options.deadlineMs ?? options.timeoutMs * 20;
  const progress: Progress = { inBody: false, received: 0 };
  // undici ignores credentials in a URL; they become Basic auth, which it drops on cross-origin redirects.
  const target = new URL(url);
  const basic =
    target.username === "" && target.password === ""
      ? {}
      : { authorization: `Basic ${Buffer.from(`${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`).toString("base64")}` };
  target.username = "";
  target.password = "";
  try {
    const response = await request(target, {
      dispatcher,
      method: options.method ?? "GET",
      headers: { "accept-encoding": "identity", ...(options.body === undefined ? {} : { "content-type": "application/json" }), ...basic, ...options.headers },
      ...(options.body === undefined ? {} : { body: options.body }),
      signal: AbortSignal.timeout(deadlineMs),
    });
    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, headerValue(v)]));
    if (response.statusCode < 200 || response.statusCode >= 300) {
      // Only the status matters; the body is thrown away without reading more than a little of it.
      await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
      return { status: response.statusCode, headers, body: Buffer.alloc(0) };
    }
    const announced = headers["content-length"] === undefined ? undefined : Number(headers["content-length"]);
    if (announced !== undefined && announced > options.maxBytes) {
      // Destroying an unread body makes undici emit an abort error; there is nobody left to tell.
      response.body.on("error", () => undefined).destroy();
      throw new FetchFailure(`the body (${announced} bytes announced) exceeds the ${options.maxBytes}-byte limit`, false);
    }
    const chunks: Buffer[] = [];
    let received = 0;
    Object.assign(progress, { inBody: true, announced });
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      received += chunk.length;
      progress.received = received;
      if (received > options.maxBytes) {
        // Leaving the loop by throwing closes the body stream.
        throw new FetchFailure(`the body exceeds the ${options.maxBytes}-byte limit`, false);
      }
      chunks.push(chunk);
      options.onProgress?.(received, announced);
    }
    if (announced !== undefined && received !== announced) {
      throw new FetchFailure(`truncated body: ${received} of ${announced} bytes`, true);
    }
    return { status: response.statusCode, headers, body: Buffer.concat(chunks, received) };
  } catch (error) {
    throw failureOf(error, { ...options, deadlineMs }, progress);
  } finally {
    // destroy, not close: a stalled server must not keep the process waiting for its socket.
    await agent.destroy().catch(() => undefined);
  }
}

/** `fetchBounded` plus a bounded number of further attempts for transient failures. */
export interface RetryOptions extends FetchOptions {
  /** Attempts after the first. @default 3 */
  readonly retries?: number;
  /** Wait before the first retry; doubles each time, capped at 30 s. @default 500 */
  readonly backoffMs?: number;
  /** Told about each retry, for a progress line. */
  readonly onRetry?: (attempt: number, reason: string, waitMs: number) => void;
  /** Injected so tests need not wait. @default setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
}

const MAX_BACKOFF_MS = 30_000;

function retryAfterMs(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim()) * 1000;
}

/**
 * Fetches with retries for transient failures only (timeouts, resets, truncation, 408/429/5xx),
 * waiting with exponential backoff (or the server's `Retry-After`, capped at 30 s) in between.
 * Returns the last response, whatever its status; throws the last `FetchFailure`.
 *
 * Not undici's retry interceptor: it retries inside one request, so the per-attempt deadline and
 * byte count would span every attempt; it resumes a cut body with a Range request and fails when the
 * server ignores Range instead of downloading again; it does not retry header timeouts but does
 * retry an unknown host; it throws on the last 5xx instead of returning it; and its waits cannot
 * be injected, so tests would sleep through every `Retry-After`.
 */
export async function fetchWithRetries(url: string, options: RetryOptions): Promise<FetchedResponse> {
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  for (let attempt = 0; ; attempt++) {
    let reason: string;
    let wait = Math.min(MAX_BACKOFF_MS, (options.backoffMs ?? 500) * 2 ** attempt);
    try {
      const response = await fetchBounded(url, options);
      if (!isTransientStatus(response.status) || attempt >= retries) return response;
      reason = `HTTP ${response.status}`;
      wait = Math.min(MAX_BACKOFF_MS, retryAfterMs(response.headers["retry-after"]) ?? wait);
    } catch (error) {
      const failure = error as FetchFailure;
      if (!(failure instanceof FetchFailure) || !failure.transient) throw error;
      if (attempt >= retries) throw attempt === 0 ? failure : new FetchFailure(`${failure.message} (${attempt + 1} attempts)`, true);
      reason = failure.message;
    }
    options.onRetry?.(attempt + 1, reason, wait);
    await sleep(wait);
  }
}
