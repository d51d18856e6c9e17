import type { Modality } from "../types.js";
import { isPlainObject, joinPath, withoutKeys } from "./request-reader.js";
import type { WireProtocol } from "./wire-protocol.js";

/** Vertex AI's publisher root; Google's and Anthropic's models sit under `/google` and `/anthropic`. */
export const VERTEX_PUBLISHERS_URL =
  "https://${GOOGLE_VERTEX_LOCATION}-aiplatform.googleapis.com/v1/projects/${GOOGLE_VERTEX_PROJECT}/locations/${GOOGLE_VERTEX_LOCATION}/publishers";

/** Inline data and file parts say what they hold by MIME type; these prefixes are the inputs a model may lack. */
const MIME_MODALITY: readonly [string, Modality][] = [
  ["image/", "image"],
  ["audio/", "audio"],
  ["video/", "video"],
  ["application/pdf", "pdf"],
];

/**
 * Google's `generateContent` (Gemini API with `x-goog-api-key`, Vertex AI with an OAuth token). The model
 * and streaming are in the URL, not the body.
 */
export const googleGenerateContent = {
  api: "google-generate-content",
  title: "Google's generateContent",
  fields: ["model", "contents", "systemInstruction", "tools", "toolConfig", "generationConfig", "safetySettings", "cachedContent", "stream"],
  efforts: ["minimal", "low", "medium", "high"],
  dialects: {
    "google-generative-ai": {
      packages: [{ npm: "@ai-sdk/google", baseUrl: "https://generativelanguage.googleapis.com/v1beta" }],
    },
    "google-vertex": { packages: [{ npm: "@ai-sdk/google-vertex", baseUrl: `${VERTEX_PUBLISHERS_URL}/google` }] },
  },
  optIn: [],
  read: (r, req) => {
    const v = r.view;
    r.required(req, "contents", "array");
    for (const [content, path] of r.objects(req.contents, "contents")) {
      if (content.role !== undefined && content.role !== "user" && content.role !== "model") {
        r.problem(joinPath(path, "role"), "invalid_value", `A content's "role" is "user" or "model"`);
      }
      if (!Array.isArray(content.parts)) {
        r.problem(joinPath(path, "parts"), content.parts === undefined ? "missing_field" : "invalid_type", `A content needs an array of "parts"`);
        continue;
      }
      for (const [part, partPath] of r.objects(content.parts, joinPath(path, "parts"))) {
        for (const key of ["functionCall", "functionResponse"]) {
          const call = part[key];
          if (isPlainObject(call) && typeof call.name !== "string")
            r.problem(joinPath(joinPath(partPath, key), "name"), "missing_field", `"${key}" needs the function's "name"`);
        }
        if (isPlainObject(part.functionResponse) && part.functionResponse.response === undefined) {
          r.problem(joinPath(joinPath(partPath, "functionResponse"), "response"), "missing_field", `"functionResponse" needs a "response" object`);
        }
        for (const key of ["inlineData", "fileData"]) {
          const data = part[key];
          if (!isPlainObject(data)) continue;
          const mime = data.mimeType;
          if (typeof mime !== "string") {
            r.problem(joinPath(joinPath(partPath, key), "mimeType"), "missing_field", `"${key}" needs a "mimeType"`);
            continue;
          }
          const hit = MIME_MODALITY.find(([prefix]) => mime.startsWith(prefix));
          if (hit) v.inputs.push({ path: joinPath(partPath, key), modality: hit[1] });
        }
      }
    }
    for (const key of ["tools", "toolConfig"]) r.present(req, key, v.tools);
    const config = req.generationConfig;
    if (config !== undefined && r.expect("generationConfig", config, "object") && isPlainObject(config)) {
      r.capture(config, "maxOutputTokens", v.maxTokens, "generationConfig.maxOutputTokens");
      r.temperature(config, "temperature", 2, "generationConfig.temperature");
      for (const key of ["responseSchema", "responseJsonSchema"]) r.present(config, key, v.structured, `generationConfig.${key}`);
      const thinking = config.thinkingConfig;
      if (thinking !== undefined) {
        v.reasoning.push("generationConfig.thinkingConfig");
        if (isPlainObject(thinking)) {
          r.capture(thinking, "thinkingBudget", v.budget, "generationConfig.thinkingConfig.thinkingBudget");
          // The API takes the level in either case ("LOW" from Google's client, "low" in the REST
          // reference); the wire's and the models' effort values are lower case.
          const level = thinking.thinkingLevel;
          if (level !== undefined) {
            v.effort.push({ path: "generationConfig.thinkingConfig.thinkingLevel", value: typeof level === "string" ? level.toLowerCase() : level });
          }
        }
      }
    }
  },
  call: (_protocol, _model, req) => ({
    headers: {},
    body: withoutKeys(req, ["model", "stream"]),
  }),
} as const satisfies WireProtocol<"google-generate-content">;
