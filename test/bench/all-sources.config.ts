// Every source format together on the full data, for `npm run bench` (gen time against the snapshot alone).
// The models.dev TOML tree is unpacked from test/corpus/models-dev/tree.tar.gz into .bench/corpus by the
// bench before it times anything (gen-figures.ts); to run this config by hand, run the bench once first.
import { defineConfig } from "../../generator/config/define-config.js";

const providers = { amazon_bedrock: "amazon-bedrock", google_vertex: "google-vertex" };

export default defineConfig({
  sources: [
    { format: "models-dev-json", path: "data/models-dev/api.json" },
    { format: "models-dev-toml", path: ".bench/corpus/models-dev" },
    { format: "ex-llm-yaml", path: "test/corpus/ex_llm/models", providers: { fireworks_ai: "fireworks-ai" } },
    { format: "llm-models-toml", path: "test/corpus/llm_models/local-2025-11-06", providers },
    { format: "overlay", path: "test/fixtures/overlays/team" },
  ],
});
