// Google generateContent requests the wire refuses: each request line must fail to compile, with the
// message in requests-google-generate-content-invalid.expected.txt.
import { buildRequest } from "../../../runtime/index.js";

const hi = { text: "Hi" } as const;

// Effort: the wire's levels are minimal, low, medium and high (either case); a model takes its own.
buildRequest("google:gemini-3-flash-preview", { contents: [{ parts: [hi] }], generationConfig: { thinkingConfig: { thinkingLevel: "xhigh" } } });
buildRequest("google:gemini-3-flash-preview", { contents: [{ parts: [hi] }], generationConfig: { thinkingConfig: { thinkingLevel: "XHIGH" } } });
buildRequest("google:gemini-3-pro-preview", { contents: [{ parts: [hi] }], generationConfig: { thinkingConfig: { thinkingLevel: "MEDIUM" } } });
buildRequest("google:gemini-3-flash-preview", { contents: [{ parts: [hi] }], generationConfig: { thinkingConfig: { thinkingLevel: "THINKING_LEVEL_UNSPECIFIED" } } });
// Roles are user and model.
buildRequest("google:gemini-2.5-flash", { contents: [{ role: "assistant", parts: [{ text: "Hi" }] }] });
// A function response needs the function's name and a response object.
buildRequest("google:gemini-2.5-flash", { contents: [{ role: "user", parts: [{ functionResponse: { response: { ok: true } } }] }] });
// Closed sets: safety categories and thresholds, function-calling modes, media resolutions.
buildRequest("google:gemini-2.5-flash", { contents: [{ parts: [hi] }], safetySettings: [{ category: "HARM_CATEGORY_VIOLENCE", threshold: "BLOCK_NONE" }] });
buildRequest("google:gemini-2.5-flash", { contents: [{ parts: [hi] }], safetySettings: [{ category: "HARM_CATEGORY_HATE_SPEECH", threshold: "BLOCK_SOME" }] });
buildRequest("google:gemini-2.5-flash", { contents: [{ parts: [hi] }], toolConfig: { functionCallingConfig: { mode: "REQUIRED" } } });
buildRequest("google:gemini-2.5-flash", { contents: [{ parts: [hi] }], generationConfig: { mediaResolution: "high" } });
// snake_case is the client's Python spelling, not the REST body's.
buildRequest("google:gemini-2.5-flash", { contents: [{ parts: [hi] }], generationConfig: { max_output_tokens: 100 } });
