// The routing table: which model serves which task. A typo, a denied model or a model outside the
// team's catalog is a compile error here, not a 404 in production.
import { defineRoutes } from "./catalog/index.js";

export const routes = defineRoutes({
  chat: "acme:acme-chat-large",
  vision: "openai:gpt-4o",
  longDocuments: "anthropic:claude-sonnet-4-5",
});

export type Task = keyof typeof routes;
