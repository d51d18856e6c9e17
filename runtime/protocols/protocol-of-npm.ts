import { WIRE_PROTOCOLS } from "./wire-protocols.js";
import type { Dialect } from "./wire-protocol.js";
import type { Protocol } from "../types.js";

/** What an AI SDK package tells us about the wire: its protocol and the endpoint it calls by default. */
interface PackageEndpoint {
  readonly protocol: Protocol;
  /** The base URL the package uses when the catalog names none; `${VAR}` placeholders come from `env`. */
  readonly baseUrl?: string;
}

/**
 * The wire protocol and default endpoint behind each AI SDK package that models.dev names in `npm`,
 * read from the protocol modules' dialects so a package and its protocol are written down once. A
 * package missing there gives `"unknown"` and a warning rather than a guess.
 */
function endpointsByNpm(): ReadonlyMap<string, PackageEndpoint> {
  const endpoints = new Map<string, PackageEndpoint>();
  for (const wire of Object.values(WIRE_PROTOCOLS)) {
    for (const [protocol, dialect] of Object.entries(wire.dialects) as [Protocol, Dialect][]) {
      for (const { npm, baseUrl } of dialect.packages) endpoints.set(npm, baseUrl === undefined ? { protocol } : { protocol, baseUrl });
    }
  }
  return endpoints;
}

const ENDPOINT_OF_NPM = endpointsByNpm();

/** The protocol for a models.dev `npm` value, or `"unknown"`. */
export function protocolOfNpm(npm: string): Protocol {
  return ENDPOINT_OF_NPM.get(npm)?.protocol ?? "unknown";
}

/** The package's default base URL, for providers whose data gives no `api`. */
export function baseUrlOfNpm(npm: string): string | undefined {
  return ENDPOINT_OF_NPM.get(npm)?.baseUrl;
}

/**
 * The endpoint a model-level `provider` table (models.dev: `{ npm, api, shape }`) overrides, or
 * `undefined` when it names no package we know. `shape: "responses"` means OpenAI's Responses API.
 */
export function modelEndpointOf(value: unknown): { protocol: Protocol; baseUrl?: string } | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { npm, api, shape } = value as { npm?: unknown; api?: unknown; shape?: unknown };
  if (typeof npm !== "string") return undefined;
  const known = ENDPOINT_OF_NPM.get(npm);
  if (known === undefined) return undefined;
  const protocol: Protocol = shape === "responses" ? "openai-responses" : known.protocol;
  // Without its own `api`, the model is served at the provider's root over the other protocol.
  return typeof api === "string" ? { protocol, baseUrl: api } : { protocol };
}
