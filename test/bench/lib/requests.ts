// Request calls a consumer writes: one `buildRequest` per model, shaped by the model's wire format.
// Shared by `npm run bench` (10 requests in the consumer, 50 for diagnostics) and `bench:requests`.
import { CONVERSATION_MODES, protocolOf, wireApiOf, type WireApi } from "../../../runtime/core.js";
import type { Model, Provider } from "../../../runtime/types.js";

/** The catalog functions the picker reads: the root API of any generated catalog has them. */
export interface CatalogView {
  models(): readonly Model[];
  provider(id: string): Provider | undefined;
}

/** How many of 50 requests go to each format: roughly the catalog's mix, every format present. */
const SHARE_OF_50: Readonly<Record<WireApi, number>> = {
  "openai-compatible": 14,
  "openai-chat": 6,
  "openai-responses": 4,
  "anthropic-messages": 6,
  "google-generate-content": 6,
  "bedrock-converse": 6,
  "mistral-chat": 4,
  "cohere-chat": 4,
};

/** `const schema` the tool-calling requests refer to; put it once before the calls. */
export const SCHEMA_LINE = `const schema = { type: "object", properties: { q: { type: "string" } } } as const;`;

/** One `buildRequest(...)` statement for `m` in its wire format, with a tool when the model calls tools. */
function requestText(m: Model, api: WireApi): string {
  const tools = m.capabilities.tools;
  const temp = m.capabilities.temperature ? "temperature: 0.5, " : "";
  const spec = JSON.stringify(m.spec);
  switch (api) {
    case "openai-chat":
    case "openai-compatible":
    case "mistral-chat":
    case "cohere-chat":
      return `buildRequest(${spec}, { ${temp}messages: [{ role: "user", content: "Hi" }]${tools ? `, tools: [{ type: "function", function: { name: "lookup", parameters: schema } }]` : ""} });`;
    case "openai-responses":
      return `buildRequest(${spec}, { ${temp}input: [{ role: "user", content: [{ type: "input_text", text: "Hi" }] }]${tools ? `, tools: [{ type: "function", name: "lookup", parameters: schema, strict: true }]` : ""} });`;
    case "anthropic-messages":
      return `buildRequest(${spec}, { ${temp}max_tokens: 256, messages: [{ role: "user", content: [{ type: "text", text: "Hi" }] }]${tools ? `, tools: [{ name: "lookup", input_schema: schema }]` : ""} });`;
    case "google-generate-content":
      return `buildRequest(${spec}, { contents: [{ role: "user", parts: [{ text: "Hi" }] }], generationConfig: { ${temp}maxOutputTokens: 256 }${tools ? `, tools: [{ functionDeclarations: [{ name: "lookup", parameters: schema }] }]` : ""} });`;
    case "bedrock-converse":
      return `buildRequest(${spec}, { messages: [{ role: "user", content: [{ text: "Hi" }] }], inferenceConfig: { ${temp}maxTokens: 256 }${tools ? `, toolConfig: { tools: [{ toolSpec: { name: "lookup", inputSchema: { json: schema } } }] }` : ""} });`;
  }
}

/**
 * `count` request statements spread over every wire format in the `SHARE_OF_50` mix and, within a
 * format, over its models (so they come from many providers). Deterministic for a given catalog.
 * A small catalog lacking a format gives fewer lines; the caller decides whether that matters.
 */
export function requestLines(catalog: CatalogView, count: number): string[] {
  const byApi = new Map<WireApi, Model[]>();
  for (const m of catalog.models()) {
    if (!CONVERSATION_MODES.has(m.mode)) continue;
    const api = wireApiOf(protocolOf(m, catalog.provider(m.provider)!));
    if (api === undefined) continue;
    if (!byApi.has(api)) byApi.set(api, []);
    byApi.get(api)!.push(m);
  }
  const lines: string[] = [];
  for (const [api, share] of Object.entries(SHARE_OF_50) as [WireApi, number][]) {
    const list = byApi.get(api) ?? [];
    const n = Math.max(1, Math.round((share * count) / 50));
    for (let i = 0; i < n && list.length > 0; i++) lines.push(requestText(list[Math.floor((i * list.length) / n)]!, api));
  }
  return lines.slice(0, count);
}
