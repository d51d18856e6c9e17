// provider(id): what each provider needs to be called, for every provider of the snapshot, and a golden
// table for ten that gateways call most. buildRequest reads the same facts, so its URL and auth header
// must agree with them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as llm from "../../runtime/index.js";
import { PROTOCOL_FACTS, placeholdersOf, type AuthMethod, type ProviderInfo } from "../../runtime/protocols/protocol-facts.js";
import { modelPathSegment } from "../../runtime/protocols/request-reader.js";

const GOLDEN = join(import.meta.dirname, "fixtures", "provider-facts.golden.md");
const TEN = ["openai", "anthropic", "google", "google-vertex", "amazon-bedrock", "azure", "mistral", "cohere", "groq", "ollama-cloud"];

function authText(method: AuthMethod): string {
  switch (method.kind) {
    case "none":
      return "none";
    case "aws-sigv4":
      return `AWS SigV4 (${method.service}: ${method.variables.join(", ")})`;
    default:
      return `${method.kind === "oauth" ? "OAuth " : ""}${method.header}: ${method.scheme === undefined ? "" : `${method.scheme} `}${method.variable === undefined ? `<${method.kind === "oauth" ? method.issuer : "key"}>` : `\${${method.variable}}`}`;
  }
}

function row(p: ProviderInfo): string {
  const endpoints = Object.entries(p.endpoints).map(
    ([kind, e]) => `${kind} ${e.method} ${e.path}${e.streamPath === undefined ? "" : ` (stream ${e.streamPath})`}`,
  );
  return `| ${p.id} | ${p.protocol} | ${p.auth.map(authText).join("; ")} | ${p.apiKeyVariable ?? "—"} | ${p.variables.join(", ")} | ${endpoints.join("<br>")} | ${p.doc ?? "—"} |`;
}

describe("provider(id)", () => {
  it("states auth, endpoints and variables for every provider of the snapshot, consistent with its data", () => {
    const all = llm.providers();
    expect(all.length).toBe(145);
    for (const p of all) {
      expect(llm.provider(p.id)).toBe(p);
      if (p.protocol === "unknown") {
        expect(p.auth).toEqual([]);
        continue;
      }
      expect(p.auth.length).toBeGreaterThan(0);
      expect(p.endpoints.chat, p.id).toBeDefined();
      // Every variable the data or the URL names is listed, and so is the one each auth method reads.
      for (const name of [...p.env, ...placeholdersOf(p.baseUrl ?? "")]) expect(p.variables, p.id).toContain(name);
      for (const m of p.auth) if ("variable" in m && m.variable !== undefined) expect(p.variables).toContain(m.variable);
      // The key variable is never one the URL itself uses (a region, a resource name).
      if (p.apiKeyVariable !== undefined) expect(p.baseUrl ?? "").not.toContain(`\${${p.apiKeyVariable}}`);
      expect(p.endpoints).toBe(PROTOCOL_FACTS[p.protocol].endpoints);
    }
    expect(all.filter((p) => p.auth[0]?.kind === "none").map((p) => p.id)).toEqual(["atomic-chat", "lmstudio", "privatemode-ai"]);
  });

  it("is what buildRequest uses: the chat endpoint's path and the first header method, for a chat model of every provider", () => {
    let checked = 0;
    for (const p of llm.providers()) {
      const model = llm.models(p.id as llm.ProviderId).find((m) => m.mode === "chat" && m.protocol === undefined && m.baseUrl === undefined);
      if (model === undefined || p.protocol === "unknown") continue;
      const request = { messages: [{ role: "user", content: "Hi" }], max_tokens: 16, contents: [{ role: "user", parts: [{ text: "Hi" }] }] };
      const built = (llm.buildRequest as (s: string, r: unknown) => llm.BuildResult)(model.spec, request);
      if (!built.ok) continue;
      const endpoint = p.endpoints.chat!;
      expect(built.value.url, model.spec).toBe(`${p.baseUrl!.replace(/\/+$/, "")}${endpoint.path.replace("{model}", modelPathSegment(model))}`);
      const header = p.auth.find((m) => m.kind === "api-key" || m.kind === "oauth");
      const sent = Object.keys(built.value.headers).filter((h) => h !== "content-type" && h !== "anthropic-version");
      if (p.auth[0]?.kind === "none") expect(sent, model.spec).toEqual([]);
      else if (header !== undefined && "variable" in header && header.variable !== undefined) {
        expect(sent, model.spec).toEqual([header.header]);
        expect(built.value.headers[header.header]).toBe(`${header.scheme === undefined ? "" : `${header.scheme} `}\${${header.variable}}`);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(120);
  });

  it("a local server gets no auth header unless the caller gives it a key", () => {
    const spec = llm.models("lmstudio")[0]!.spec;
    const request = { messages: [{ role: "user", content: "Hi" }] };
    const bare = (llm.buildRequest as (s: string, r: unknown, o?: unknown) => llm.BuildResult)(spec, request);
    expect(bare.ok && bare.value.headers).toEqual({ "content-type": "application/json" });
    expect(bare.ok && bare.value.variables).toEqual([]);
    const keyed = (llm.buildRequest as (s: string, r: unknown, o?: unknown) => llm.BuildResult)(spec, request, { env: { LMSTUDIO_API_KEY: "lm" } });
    expect(keyed.ok && keyed.value.headers.authorization).toBe("Bearer lm");
  });

  it("is typed per provider: its protocol, and the auth methods and endpoints that protocol has", () => {
    const anthropic = llm.provider("anthropic");
    expectTypeOf(anthropic.protocol).toEqualTypeOf<"anthropic-messages">();
    expectTypeOf(anthropic.auth[0]!.kind).toEqualTypeOf<"api-key">();
    expectTypeOf(llm.provider("amazon-bedrock").auth[1]!.kind).toEqualTypeOf<"aws-sigv4" | "api-key">();
    expectTypeOf(llm.provider("lmstudio").auth[0].kind).toEqualTypeOf<"none">();
    expectTypeOf(llm.provider("cohere").endpoints.rerank.method).toEqualTypeOf<"GET" | "POST">();
    expectTypeOf(llm.provider(String("openai"))).toEqualTypeOf<ProviderInfo | undefined>();
  });

  it("golden table of ten providers", () => {
    const header = ["| provider | protocol | auth | API key | variables | endpoints | docs |", "| --- | --- | --- | --- | --- | --- | --- |"];
    const text = `${[...header, ...[...TEN, "lmstudio"].map((id) => row(llm.provider(id)!))].join("\n")}\n`;
    expect(text).toBe(readFileSync(GOLDEN, "utf8"));
  });
});
