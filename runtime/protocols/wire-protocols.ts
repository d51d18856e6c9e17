import type { Protocol } from "../types.js";
import { anthropicMessages } from "./anthropic-messages.js";
import { bedrockConverse } from "./bedrock-converse.js";
import { cohereChat } from "./cohere-chat.js";
import { googleGenerateContent } from "./google-generate-content.js";
import { mistralChat } from "./mistral-chat.js";
import { openaiChat } from "./openai-chat.js";
import { openaiCompatible } from "./openai-compatible.js";
import { openaiResponses } from "./openai-responses.js";
import type { Dialect, WireApi, WireProtocol } from "./wire-protocol.js";

/**
 * The one protocol table: every wire format by name. The request checker, the request builder and the
 * generator's package mapping all read it, so a format's fields, reading, auth and URL live in its module.
 */
export const WIRE_PROTOCOLS = {
  "openai-chat": openaiChat,
  "openai-responses": openaiResponses,
  "openai-compatible": openaiCompatible,
  "anthropic-messages": anthropicMessages,
  "google-generate-content": googleGenerateContent,
  "bedrock-converse": bedrockConverse,
  "mistral-chat": mistralChat,
  "cohere-chat": cohereChat,
} as const satisfies { readonly [A in WireApi]: WireProtocol<A> };

/** Every wire format, in the table's order. */
export const WIRE_APIS = Object.keys(WIRE_PROTOCOLS) as readonly WireApi[];

/** A catalog protocol's default wire format and its dialect there (auth, SDK packages). */
export interface ProtocolEntry {
  readonly wire: WireProtocol;
  readonly dialect: Dialect;
}

function entriesByProtocol(): ReadonlyMap<Protocol, ProtocolEntry> {
  const entries = new Map<Protocol, ProtocolEntry>();
  for (const wire of Object.values(WIRE_PROTOCOLS) as WireProtocol[]) {
    for (const [protocol, dialect] of Object.entries(wire.dialects) as [Protocol, Dialect][]) entries.set(protocol, { wire, dialect });
  }
  return entries;
}

const ENTRY_OF: ReadonlyMap<Protocol, ProtocolEntry> = entriesByProtocol();

/** The wire format and dialect a catalog protocol speaks by default, or `undefined` for `"unknown"`. */
export function protocolEntryOf(protocol: Protocol): ProtocolEntry | undefined {
  return ENTRY_OF.get(protocol);
}
