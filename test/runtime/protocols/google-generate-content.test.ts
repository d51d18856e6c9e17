import { describe, expect, it } from "vitest";
import { googleGenerateContent } from "../../../runtime/protocols/google-generate-content.js";
import { briefProblems, builtRequest, capableModel, testProvider } from "./protocol-fixtures.js";

const contents = [{ role: "user", parts: [{ text: "Hi" }] }];

describe("googleGenerateContent", () => {
  it("knows Google's camel-case fields and flags snake-case ones", () => {
    expect(googleGenerateContent.fields).toContain("generationConfig");
    expect(briefProblems(capableModel(), testProvider("google-generative-ai"), { contents, max_tokens: 5 })).toEqual(["warning unknown_field max_tokens"]);
  });

  it("puts the model and streaming in the URL, with x-goog-api-key; Vertex AI takes the OAuth token", () => {
    const gemini = builtRequest(capableModel(), testProvider("google-generative-ai"), { model: "m", contents, stream: true });
    expect(gemini.url).toBe("https://api.p.test/v1/models/m:streamGenerateContent?alt=sse");
    expect(gemini.headers["x-goog-api-key"]).toBe("${P_API_KEY}");
    expect(JSON.parse(gemini.body)).toEqual({ contents });
    const vertex = builtRequest(capableModel(), testProvider("google-vertex"), { contents });
    expect(vertex.url).toBe("https://api.p.test/v1/models/m:generateContent");
    expect(vertex.headers.authorization).toBe("Bearer ${GOOGLE_VERTEX_ACCESS_TOKEN}");
  });

  it("reads inputs by MIME type and needs one on inline data", () => {
    const request = { contents: [{ parts: [{ inlineData: { mimeType: "video/mp4", data: "" } }, { fileData: { fileUri: "gs://x" } }] }] };
    expect(briefProblems(capableModel(), testProvider("google-generative-ai"), request)).toEqual([
      "error missing_field contents[0].parts[1].fileData.mimeType",
      "error unsupported_input contents[0].parts[0].inlineData",
    ]);
  });
});
