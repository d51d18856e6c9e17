import type { Model, Protocol } from "../types.js";
import type { PlainObject, RequestReader } from "./request-reader.js";

/** A request body format on the wire, one module each. Several protocols share one (Azure OpenAI speaks `openai-chat`). */
export type WireApi =
  | "openai-chat"
  | "openai-responses"
  | "openai-compatible"
  | "anthropic-messages"
  | "google-generate-content"
  | "bedrock-converse"
  | "mistral-chat"
  | "cohere-chat";

/** An AI SDK package (models.dev `npm`) that speaks a protocol, and the API root it calls by default. */
export interface SdkPackage {
  readonly npm: string;
  /** Used when the catalog names no base URL; `${VAR}` placeholders come from the provider's `env`. */
  readonly baseUrl?: string;
}

/** One catalog protocol served in a wire format: the packages that speak it (its auth and endpoints are in `protocol-facts.ts`). */
export interface Dialect {
  readonly packages: readonly SdkPackage[];
}

/** The fixed headers and the body of one call; its URL path is the protocol's endpoint in `protocol-facts.ts`. */
export interface WireCall {
  readonly headers: { readonly [name: string]: string };
  readonly body: PlainObject;
}

/**
 * Everything the runtime and the generator know about one wire format; adding a format is adding one
 * of these. Types only, so the protocol modules cost no module load of their own for it.
 */
export interface WireProtocol<A extends WireApi = WireApi> {
  readonly api: A;
  /** The API's own name, for messages. */
  readonly title: string;
  /** The top-level request fields the format defines; any other draws an `unknown_field` warning. */
  readonly fields: readonly string[];
  /**
   * The reasoning-effort values the format's effort field takes, as the provider's reference lists
   * them (lower case); empty where the format has no effort field. A model is offered only these.
   */
  readonly efforts: readonly string[];
  /** Set where servers of the format differ (OpenAI-compatible): a model's stated effort values are taken as they are. */
  readonly effortsOpen?: true;
  /** The catalog protocols whose default format this is. */
  readonly dialects: { readonly [P in Protocol]?: Dialect };
  /** Catalog protocols whose models may be sent in this format when the caller asks for it (`options.api`). */
  readonly optIn: readonly Protocol[];
  /** Reads what the request asks of the model into the reader's view, reporting shape problems on the way. */
  read(reader: RequestReader, request: PlainObject): void;
  /** The call for a request that passed the checks; `protocol` is the model's catalog protocol. */
  call(protocol: Protocol, model: Model, request: PlainObject): WireCall;
}
