import { describe, expect, it } from "vitest";
import { REQUEST_FIELDS, wireApiOf } from "../../../runtime/request.js";
import { protocolEntryOf, WIRE_APIS, WIRE_PROTOCOLS } from "../../../runtime/protocols/wire-protocols.js";
import type { WireApi, WireProtocol } from "../../../runtime/protocols/wire-protocol.js";
import type { Protocol } from "../../../runtime/types.js";

// Typed as a complete record, so a catalog protocol added without a format fails to compile here.
const WIRE_OF: { readonly [P in Exclude<Protocol, "unknown">]: WireApi } = {
  "openai-chat": "openai-chat",
  "azure-openai": "openai-chat",
  "openai-responses": "openai-responses",
  "openai-compatible": "openai-compatible",
  "anthropic-messages": "anthropic-messages",
  "google-vertex-anthropic": "anthropic-messages",
  "google-generative-ai": "google-generate-content",
  "google-vertex": "google-generate-content",
  "amazon-bedrock": "bedrock-converse",
  mistral: "mistral-chat",
  cohere: "cohere-chat",
};

describe("WIRE_PROTOCOLS", () => {
  it("holds one module per wire format, filed under its own name", () => {
    expect([...WIRE_APIS].sort()).toEqual([...new Set(Object.values(WIRE_OF))].sort());
    for (const api of WIRE_APIS) expect(WIRE_PROTOCOLS[api].api).toBe(api);
  });

  it("serves every catalog protocol in exactly one format, and none for unknown", () => {
    const dialects = Object.values(WIRE_PROTOCOLS).flatMap((wire) => Object.keys(wire.dialects));
    expect([...dialects].sort()).toEqual(Object.keys(WIRE_OF).sort());
    for (const [protocol, api] of Object.entries(WIRE_OF)) expect(wireApiOf(protocol as Protocol), protocol).toBe(api);
    expect(protocolEntryOf("unknown")).toBeUndefined();
    expect(wireApiOf("__proto__" as Protocol)).toBeUndefined();
  });

  it("names each AI SDK package once, and each format's fields once", () => {
    const packages = (Object.values(WIRE_PROTOCOLS) as WireProtocol[]).flatMap((wire) =>
      Object.values(wire.dialects).flatMap((d) => d.packages.map((p) => p.npm)),
    );
    expect(new Set(packages).size).toBe(packages.length);
    for (const api of WIRE_APIS) {
      expect(REQUEST_FIELDS[api]).toBe(WIRE_PROTOCOLS[api].fields);
      expect(new Set(REQUEST_FIELDS[api]).size, api).toBe(REQUEST_FIELDS[api].length);
      expect(REQUEST_FIELDS[api], api).toContain("model");
    }
  });
});
