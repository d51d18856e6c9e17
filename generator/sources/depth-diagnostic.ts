import type { Diagnostic, KeyPath } from "../diagnostics.js";
import type { Position, SourceFile } from "../stage-types.js";
import { INPUT_LIMITS } from "./input-limits.js";
import { tooDeepPath } from "../../runtime/create/too-deep-path.js";
import { formatKeyPath } from "../../runtime/create/format-key-path.js";

/** An error when a parsed file nests deeper than `INPUT_LIMITS.maxDepth`, located where it does. */
export function depthDiagnostic(file: SourceFile, value: unknown, locate: (path: KeyPath) => Position | undefined = () => undefined): Diagnostic | undefined {
  const path = tooDeepPath(value, INPUT_LIMITS.maxDepth);
  if (path === undefined) return undefined;
  const shown = formatKeyPath(path.slice(0, 8));
  return {
    file: file.path,
    ...(locate(path.slice(0, 8)) ?? {}),
    severity: "error",
    code: "too_deep",
    keyPath: path.length > 8 ? `${shown}…` : shown,
    message: `Values are nested more than ${INPUT_LIMITS.maxDepth} levels deep; the file is rejected`,
  };
}
