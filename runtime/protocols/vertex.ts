import type { Auth } from "./wire-protocol.js";

/** Vertex AI takes an OAuth access token, which no API-key variable holds; the caller supplies it. */
export const VERTEX_AUTH: Auth = { header: "authorization", scheme: "Bearer", variable: "GOOGLE_VERTEX_ACCESS_TOKEN" };

/** Vertex AI's publisher root; Google's and Anthropic's models sit under `/google` and `/anthropic`. */
export const VERTEX_PUBLISHERS_URL =
  "https://${GOOGLE_VERTEX_LOCATION}-aiplatform.googleapis.com/v1/projects/${GOOGLE_VERTEX_PROJECT}/locations/${GOOGLE_VERTEX_LOCATION}/publishers";
