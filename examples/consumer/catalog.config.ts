// The team's catalog: the models.dev snapshot shipped with llm-catalog, the overlay in catalog/
// (added by `--source` in the gen script), only the providers the team uses, and no preview models.
import { defineConfig } from "llm-catalog/config";

export default defineConfig({
  filters: {
    allow: { openai: ["gpt-4o", "gpt-4o-mini", "gpt-4.1*", "o3"], anthropic: ["claude-sonnet-4-5", "claude-haiku-4-5"], acme: ["*"] },
    deny: { openai: ["gpt-4.1-nano"] }, // deny wins over allow
  },
  defaults: { acme: "acme-chat-large" },
  prefer: ["acme", "anthropic", "openai"],
});
