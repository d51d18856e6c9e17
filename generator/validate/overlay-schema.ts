// Kept so modules outside the pipeline can still import the overlay schemas from here; they live in the format's folder.
export { overlayModelSchema, overlayProviderSchema } from "../formats/overlay/overlay-schema.js";
