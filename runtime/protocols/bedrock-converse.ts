import { isPlainObject, joinPath, modelPathSegment, withoutKeys } from "./request-reader.js";
import type { WireProtocol } from "./wire-protocol.js";

/**
 * Amazon Bedrock's Converse API (`POST /model/{id}/converse`), authenticated with a Bedrock API key as
 * a bearer token. Content blocks are keyed by kind (`image`, `document`, `video`), not by `type`.
 */
export const bedrockConverse = {
  api: "bedrock-converse",
  title: "Amazon Bedrock's Converse API",
  fields: ["model", "messages", "system", "inferenceConfig", "toolConfig", "outputConfig", "additionalModelRequestFields", "stream"],
  efforts: ["low", "medium", "high", "xhigh", "max"],
  dialects: {
    "amazon-bedrock": {
      auth: { header: "authorization", scheme: "Bearer" },
      packages: [{ npm: "@ai-sdk/amazon-bedrock", baseUrl: "https://bedrock-runtime.${AWS_REGION}.amazonaws.com" }],
    },
  },
  optIn: [],
  read: (r, req) => {
    const v = r.view;
    r.required(req, "messages", "array");
    for (const [message, path] of r.objects(req.messages, "messages")) {
      if (typeof message.role !== "string") r.problem(joinPath(path, "role"), "missing_field", `A message needs a "role"`);
      if (!Array.isArray(message.content)) {
        r.problem(joinPath(path, "content"), message.content === undefined ? "missing_field" : "invalid_type", `A message needs an array of content blocks`);
        continue;
      }
      for (const [block, blockPath] of r.objects(message.content, joinPath(path, "content"))) {
        for (const [key, modality] of [
          ["image", "image"],
          ["document", "pdf"],
          ["video", "video"],
        ] as const) {
          if (block[key] !== undefined) v.inputs.push({ path: joinPath(blockPath, key), modality });
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
    if (isPlainObject(output)) r.present(output, "textFormat", v.structured, "outputConfig.textFormat");
    const extra = req.additionalModelRequestFields;
    if (isPlainObject(extra)) {
      for (const key of ["thinking", "reasoning_config"]) r.present(extra, key, v.reasoning, `additionalModelRequestFields.${key}`);
    }
  },
  call: (_protocol, model, req) => ({
    path: `/model/${modelPathSegment(model)}/${req.stream === true ? "converse-stream" : "converse"}`,
    headers: {},
    body: withoutKeys(req, ["model", "stream"]),
  }),
} as const satisfies WireProtocol<"bedrock-converse">;
