// Without `llm-catalog/ai-sdk/register` the SDK takes any string as a model id: this typo compiles,
// which is what the registration import is for (ai-sdk-invalid.ts line 9 fails with it).
import { generateText } from "ai";

export const typo = generateText({ model: "openai:gpt-4o-typo", prompt: "Hi" });
