// A day's use of the team's catalog, generated into src/catalog by `npm run gen`.
import { acme, buildRequest, estimateCost, model, select, type ModelSpec, type OpenAIChatRequest } from "./catalog/index.js";
import { routes, type Task } from "./routes.js";

// Exact literal types: the context window is the number 128000, not `number`.
const gpt: 128000 = model("openai:gpt-4o").limits.context;
// The private model from catalog/overlay.yaml, through its provider helper.
const privateContext: 200000 = acme("acme-chat-large").limits.context;

// The first model with tools and vision, trying the private deployment first (the config's `prefer`).
const picked: ModelSpec | undefined = select({ require: ["tools", "vision"], forbid: ["deprecated"] });

// USD for a million input tokens at the overlay's contract price (2 instead of models.dev's 2.5).
const cost = estimateCost("openai:gpt-4o", { input: 1_000_000, output: 0 })?.total;

// A request typed for this model: tools and images are allowed because gpt-4o supports them.
const request: OpenAIChatRequest<"openai:gpt-4o"> = {
  messages: [{ role: "user", content: [{ type: "text", text: "What is in this picture?" }, { type: "image_url", image_url: { url: "https://example.com/cat.png" } }] }],
  tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object", properties: {} } } }],
  max_tokens: 500,
};
const built = buildRequest("openai:gpt-4o", request);

function modelFor(task: Task) {
  return model(routes[task]);
}

console.log(
  JSON.stringify({
    gpt,
    privateContext,
    picked,
    cost,
    url: built.ok ? built.value.url : undefined,
    chat: modelFor("chat").name,
  }),
);
