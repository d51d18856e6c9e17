import type { Modality } from "../types.js";
import { isPlainObject, joinPath, type PlainObject, type RequestReader, withoutKeys } from "./request-reader.js";
import type { WireProtocol } from "./wire-protocol.js";

/** The kinds a message's content block may be, one per block (the request types leave the last five out). */
const BLOCK_KINDS: ReadonlySet<string> = new Set([
  "text",
  "image",
  "document",
  "video",
  "audio",
  "toolUse",
  "toolResult",
  "reasoningContent",
  "cachePoint",
  "guardContent",
  "citationsContent",
  "searchResult",
  "toolAddition",
  "toolRemoval",
]);
/** The kinds an entry of a tool result's content may be. */
const RESULT_KINDS: ReadonlySet<string> = new Set(["text", "json", "image", "document", "video", "searchResult"]);
/** Block kinds that carry an input other than text. */
const MEDIA: Readonly<Record<string, Modality>> = { image: "image", document: "pdf", video: "video", audio: "audio" };

/** The one kind a block sets, reporting a block that sets none, several or an unknown one. */
function blockKind(r: RequestReader, block: PlainObject, path: string, kinds: ReadonlySet<string>): string | undefined {
  const keys = Object.keys(block);
  const known = [...kinds].join(", ");
  if (keys.length !== 1) {
    r.problem(path, "invalid_value", `A content block sets exactly one of ${known}; this one sets ${keys.length === 0 ? "none" : keys.join(", ")}`);
    return undefined;
  }
  const kind = keys[0]!;
  if (!kinds.has(kind)) r.problem(path, "invalid_value", `"${kind}" is not a content block kind here (${known})`);
  return kind;
}

/**
 * Amazon Bedrock's Converse API (`POST /model/{id}/converse`), authenticated with a Bedrock API key as
 * a bearer token. Content blocks are keyed by kind (`image`, `document`, `video`), not by `type`.
 */
export const bedrockConverse = {
  api: "bedrock-converse",
  title: "Amazon Bedrock's Converse API",
  fields: [
    "model",
    "messages",
    "system",
    "inferenceConfig",
    "toolConfig",
    "outputConfig",
    "additionalModelRequestFields",
    "additionalModelResponseFieldPaths",
    "guardrailConfig",
    "requestMetadata",
    "serviceTier",
    "performanceConfig",
    "promptVariables",
    "stream",
  ],
  efforts: ["low", "medium", "high", "xhigh", "max"],
  dialects: {
    "amazon-bedrock": {
      packages: [{ npm: "@ai-sdk/amazon-bedrock", baseUrl: "https://bedrock-runtime.${AWS_REGION}.amazonaws.com" }],
    },
  },
  optIn: [],
  read: (r, req) => {
    const v = r.view;
    r.required(req, "messages", "array");
    for (const [message, path] of r.objects(req.messages, "messages")) {
      if (typeof message.role !== "string") r.problem(joinPath(path, "role"), "missing_field", `A message needs a "role"`);
      else if (message.role !== "user" && message.role !== "assistant")
        r.problem(joinPath(path, "role"), "invalid_value", `A message's role is "user" or "assistant", not ${JSON.stringify(message.role)}`);
      if (!Array.isArray(message.content)) {
        r.problem(joinPath(path, "content"), message.content === undefined ? "missing_field" : "invalid_type", `A message needs an array of content blocks`);
        continue;
      }
      for (const [block, blockPath] of r.objects(message.content, joinPath(path, "content"))) {
        const kind = blockKind(r, block, blockPath, BLOCK_KINDS);
        if (kind !== undefined && Object.hasOwn(MEDIA, kind)) v.inputs.push({ path: joinPath(blockPath, kind), modality: MEDIA[kind]! });
        const result = block.toolResult;
        if (kind !== "toolResult" || !isPlainObject(result)) continue;
        for (const [entry, entryPath] of r.objects(result.content, joinPath(blockPath, "toolResult.content"))) {
          const entryKind = blockKind(r, entry, entryPath, RESULT_KINDS);
          if (entryKind !== undefined && Object.hasOwn(MEDIA, entryKind)) v.inputs.push({ path: joinPath(entryPath, entryKind), modality: MEDIA[entryKind]! });
        }
      }
    }
    const config = req.inferenceConfig;
    if (config !== undefined && r.expect("inferenceConfig", config, "object") && isPlainObject(config)) {
      r.capture(config, "maxTokens", v.maxTokens, "inferenceConfig.maxTokens");
      r.temperature(config, "temperature", 1, "inferenceConfig.temperature");
    }
    r.present(req, "toolConfig", v.tools);
    const output = req.outputConfig;
    if (isPlainObject(output)) {
      r.present(output, "textFormat", v.structured, "outputConfig.textFormat");
      r.capture(output, "effort", v.effort, "outputConfig.effort");
    }
    const extra = req.additionalModelRequestFields;
    if (isPlainObject(extra)) {
      for (const key of ["thinking", "reasoning_config"]) r.present(extra, key, v.reasoning, `additionalModelRequestFields.${key}`);
    }
  },
  call: (_protocol, _model, req) => ({
    headers: {},
    body: withoutKeys(req, ["model", "stream"]),
  }),
} as const satisfies WireProtocol<"bedrock-converse">;
