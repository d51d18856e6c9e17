// Kept so modules outside the pipeline can still import the overlay reader from here; it lives in its format's folder.
export { readOverlay } from "../formats/overlay/read-overlay.js";
