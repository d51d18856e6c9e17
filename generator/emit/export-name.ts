import type { Catalog } from "../stage-types.js";
import { declaredNames } from "./declared-names.js";
import { emitIndex } from "./emit-index.js";
import { emitRequests } from "./emit-requests.js";
import { emitTypes } from "./emit-types.js";

/** JavaScript's reserved words and the globals no binding should shadow. */
const JS_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval undefined NaN Infinity"
  ).split(" "),
);

/** Globals the generated index calls at top level (`Object.values`, `Object.freeze`); a helper may not shadow them. */
const GLOBALS_THE_INDEX_CALLS = ["Object"];

let indexNames: ReadonlySet<string> | undefined;

/**
 * Every name the generated index binds or exports whatever the catalog holds: read back from what the
 * emitters write for a catalog without providers, index.ts itself and the types.ts and requests.ts it
 * re-exports whole. A provider helper of one of these names would be a duplicate declaration or would
 * hide a type from the package root, and a new API function or type reserves its name by being emitted.
 */
function namesTheIndexDeclares(): ReadonlySet<string> {
  if (indexNames === undefined) {
    // One route, so that `routes`, which the index declares only when routes are configured, is reserved too.
    const none: Catalog = { providers: [], routes: { task: "provider:model" } };
    const files = [emitIndex(none, new Map(), "runtime"), emitTypes(none, new Map(), "runtime"), emitRequests(none, "runtime")];
    indexNames = new Set(files.flatMap((file) => declaredNames(file.text)));
  }
  return indexNames;
}

/**
 * The helper name for a provider id: camelCase over `-`, `.` and `_` (`amazon-bedrock` →
 * `amazonBedrock`, `wafer.ai` → `waferAi`), `_` before a leading digit (`302ai` → `_302ai`), and a
 * `Provider` suffix on a reserved word, a global the index calls, or a name the index declares.
 * Distinct ids can still meet (`a-b`, `a_b`); the emitter reports that as an error rather than
 * picking one.
 */
export function exportNameOf(providerId: string): string {
  const words = providerId.split(/[-._]+/).filter((w) => w !== "");
  const camel = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
  const name = /^[0-9]/.test(camel) ? `_${camel}` : camel === "" ? "_" : camel;
  const reserved = JS_WORDS.has(name) || GLOBALS_THE_INDEX_CALLS.includes(name) || namesTheIndexDeclares().has(name);
  return reserved ? `${name}Provider` : name;
}
