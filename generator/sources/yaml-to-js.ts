import type { Document, Node } from "yaml";
import { INPUT_LIMITS } from "./input-limits.js";

/**
 * A YAML document or node as plain data with alias expansion capped (`INPUT_LIMITS.maxAliasCount`),
 * or the reason it was refused: an alias bomb makes the `yaml` package throw, and bad data must
 * never throw out of a reader.
 */
export function yamlToJs(doc: Document, node?: Node): { value: unknown } | { error: string } {
  try {
    const options = { maxAliasCount: INPUT_LIMITS.maxAliasCount };
    return { value: node === undefined ? doc.toJS(options) : node.toJS(doc, options) };
  } catch (error) {
    // The `yaml` package signals an alias bomb with a ReferenceError; a stack overflow is a RangeError.
    if (error instanceof ReferenceError) {
      return { error: `YAML aliases expand too far (more than ${INPUT_LIMITS.maxAliasCount} per document); the file is rejected` };
    }
    if (error instanceof RangeError) return { error: "YAML values are nested too deeply; the file is rejected" };
    throw error;
  }
}
