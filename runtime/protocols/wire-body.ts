import type { Model } from "../types.js";
import type { PlainObject } from "./request-reader.js";

/** The request without `keys`, for formats that carry those in the URL instead of the body. */
export function withoutKeys(request: PlainObject, keys: readonly string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) if (!keys.includes(key)) body[key] = value;
  return body;
}

/** The request with the provider's own model id in `model`, whatever spec or id the caller wrote. */
export function withModelId(model: Model, request: PlainObject): Record<string, unknown> {
  return { model: model.id, ...withoutKeys(request, ["model"]) };
}

/** The model id as one URL path segment; "@" is legal there and Vertex AI's ids carry it (claude-…@20251101). */
export function modelPathSegment(model: Model): string {
  return encodeURIComponent(model.id).replaceAll("%40", "@");
}
