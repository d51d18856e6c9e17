// Every source format together on the full data, for `npm run bench` (gen time against the snapshot alone).
import { defineConfig } from "../../generator/config/define-config.js";

const providers = { amazon_bedrock: "amazon-bedrock", google_vertex: "google-vertex" };

export default defineConfig({
  sources: [
    { format: "models-dev-json", path: "data/models-dev/api.json" },
    { format: "models-dev-toml", path: "../shared/data/models-dev" },
    { format: "ex-llm-yaml", path: "../shared/data/ex_llm/models", providers: { fireworks_ai: "fireworks-ai" } },
    { format: "llm-models-toml", path: "../shared/data/llm_models/local-2025-11-06", providers },
    { format: "overlay", path: "test/fixtures/overlays/team" },
  ],
});
