// The configuration `npm run gen` uses for the default catalog. Every option is documented on
// `CatalogConfig`; flags override these values.
import { defineConfig } from "./generator/config/define-config.js";

export default defineConfig({
  sources: [{ format: "models-dev-json", path: "data/models-dev/api.json" }],
  out: "generated",
});
