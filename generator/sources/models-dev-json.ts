// Kept so modules outside the pipeline can still import the api.json reader from here; it lives in its format's folder.
export { readModelsDevJson } from "../formats/models-dev-json/read-models-dev-json.js";
