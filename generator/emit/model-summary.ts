import { docData } from "./doc-comment.js";
import type { Model } from "../../runtime/types.js";

/** `128000` → `128,000`, independent of locale so output is the same everywhere. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * The one-line summary of a model shown in hovers and completion details:
 * `GPT-4o · context 128,000 · output 16,384 · $2.5 / $10 per 1M tokens · released 2024-05-13 · knowledge 2023-09`.
 */
export function modelSummary(m: Model): string {
  const parts = [docData(m.name.trim() === "" ? m.id : m.name.trim())];
  if (m.limits.context !== undefined) parts.push(`context ${groupDigits(m.limits.context)}`);
  if (m.limits.output !== undefined) parts.push(`output ${groupDigits(m.limits.output)}`);
  parts.push(m.cost ? `$${m.cost.input} / $${m.cost.output} per 1M tokens` : "price unknown");
  if (m.releaseDate !== undefined) parts.push(`released ${m.releaseDate}`);
  if (m.knowledge !== undefined) parts.push(`knowledge ${m.knowledge}`);
  return parts.join(" · ");
}

/** The `@deprecated` tag text for a deprecated model, or `undefined` (SEMANTICS §8). */
export function deprecationNote(m: Model): string | undefined {
  if (m.status !== "deprecated") return undefined;
  return m.deprecationDate === undefined ? "Deprecated." : `Deprecated since ${m.deprecationDate}.`;
}
