// Each request line is a Responses API input item, tool or field the wire refuses;
// requests-openai-responses-invalid.expected.txt holds the messages.
import { buildResponsesRequest } from "../../../runtime/index.js";

const schema = { type: "object" } as const;
const image = { type: "input_image", image_url: "https://x/y.png" } as const;

// function tools need both parameters and strict
buildResponsesRequest("openai:gpt-4o", { input: "Hi", tools: [{ type: "function", name: "f", strict: true }] });
buildResponsesRequest("openai:gpt-4o", { input: "Hi", tools: [{ type: "function", name: "f", parameters: schema }] });
// input items
buildResponsesRequest("openai:gpt-4o", { input: [{ role: "tool", content: "Hi" }] });
buildResponsesRequest("openai:o3", { input: [{ type: "reasoning", id: "rs_1" }] });
buildResponsesRequest("openai:o3", { input: [{ type: "reasoning", id: "rs_1", summary: [{ type: "reasoning_text", text: "x" }] }] });
buildResponsesRequest("openai:gpt-4o", { input: [{ type: "item_reference" }] });
buildResponsesRequest("openai:gpt-4o", { input: [{ type: "function_call_output", output: "42" }] });
buildResponsesRequest("openai:gpt-4o", { input: [{ type: "function_call_output", call_id: "c", output: [{ type: "output_text", text: "42" }] }] });
buildResponsesRequest("openai:gpt-3.5-turbo", { input: [{ type: "function_call_output", call_id: "c", output: [image] }] });
// fields
buildResponsesRequest("openai:gpt-4o", { input: "Hi", include: ["reasoning.summary"] });
buildResponsesRequest("openai:gpt-4o", { input: "Hi", prompt_cache_retention: "1h" });
buildResponsesRequest("openai:gpt-5", { input: "Hi", reasoning: { effort: null } });
