import { modelRowOf } from "../../runtime/model-row.js";
import type { Model } from "../../runtime/types.js";
import { jsonRow } from "./ts-literal.js";

const ROW_TEXT = new WeakMap<Model, string>();

/**
 * The quoted JSON row of a model, as catalog-data.ts and the provider entries both write it; built
 * once per model record (each gen makes new records, so the cache holds nothing across runs).
 */
export function rowTextOf(model: Model): string {
  let text = ROW_TEXT.get(model);
  if (text === undefined) {
    text = jsonRow(modelRowOf(model));
    ROW_TEXT.set(model, text);
  }
  return text;
}
