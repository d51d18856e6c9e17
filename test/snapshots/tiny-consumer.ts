// Uses of the tiny snapshot catalog: compiled by emit-catalog.test.ts together with the snapshot,
// records.ts included, so the root returns exact records here.
import { acmeAi, _302ai, buildRequest, catalog, getModel, model, routes } from "./tiny/index.js";
import type { EffortIn, ModelFeatures } from "./tiny/index.js";
import { catalog as documented } from "./tiny/model-catalog.js";

const context: 128000 = model("acme-ai:chat-1").limits.context;
const odd: "acme-ai:vendor/model:free@2025.1" = acmeAi("vendor/model:free@2025.1").spec;
const vision: "image" = "image" as Extract<ModelFeatures["302ai:m"], "image">;
const tools: false = model("302ai:m").capabilities.tools;
const effort: "low" | "high" = "low" as EffortIn<ModelFeatures["acme-ai:vendor/model:free@2025.1"]>;
const name: "m" = _302ai("m").name;
const deprecated: "deprecated" = catalog["acme-ai:vendor/model:free@2025.1"].status;
const price: 1 = documented["acme-ai:chat-1"].cost.input;
const fast: "acme-ai:chat-1" = routes.fast;
const withVision: "302ai:m" = routes["with vision"];
export const all = [context, odd, vision, tools, effort, name, deprecated, price, fast, withVision, getModel("x")];

// @ts-expect-error the routes table is frozen
routes.fast = "302ai:m";

// @ts-expect-error a typo is a type error
model("acme-ai:chat-2");

// A request to a tiny-catalog model, and one that its capabilities reject.
export const request = buildRequest("302ai:m", { messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://x/a.png" } }] }] });
// @ts-expect-error 302ai:m does not call tools
buildRequest("302ai:m", { messages: [], tools: [] });
