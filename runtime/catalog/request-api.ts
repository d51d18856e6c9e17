import { buildModelRequest, checkModelRequest, type BuildResult, type RequestOptions, type RequestProblem } from "../request.js";
import type { Model, Provider } from "../types.js";
import type { CatalogIndex } from "./catalog-index.js";
import type { ResolveApi } from "./resolve-api.js";

/** The catalog functions that check and build provider requests. */
export interface RequestApi {
  /** Every problem of a provider request for the model (limits, required fields, features and inputs the model lacks); never throws. */
  checkRequest(spec: string, request: unknown, options?: RequestOptions): RequestProblem[];
  /** The HTTP request for `fetch`, or the problems that block it; pure, never throws. */
  buildRequest(spec: string, request: unknown, options?: RequestOptions): BuildResult;
}

/**
 * Request checking and building by spec: the spec picks the model and its provider, the protocol
 * modules do the rest. An unknown spec is a problem, never an exception.
 * @example createRequestApi(index, resolve).checkRequest("openai:gpt-4o", { messages: [] })
 */
export function createRequestApi(index: CatalogIndex, resolve: ResolveApi["resolve"]): RequestApi {
  function requestTarget(spec: unknown): { model: Model; provider: Provider } | RequestProblem {
    const found = typeof spec === "string" ? (index.exactSpec(spec) ?? (spec.includes(":") ? resolve(spec) : undefined)) : undefined;
    const model = found === undefined ? undefined : "spec" in found ? found : found.ok ? found.value : undefined;
    if (model === undefined) {
      return { path: "", code: "unknown_model", severity: "error", message: `No model ${JSON.stringify(spec) ?? String(spec)} in the catalog` };
    }
    return { model, provider: index.tableById.get(model.provider)!.provider };
  }

  return {
    checkRequest: (spec, request, options) => {
      const target = requestTarget(spec);
      return "code" in target ? [target] : checkModelRequest(target.model, target.provider, request, options);
    },
    buildRequest: (spec, request, options) => {
      const target = requestTarget(spec);
      if ("code" in target) return { ok: false, error: { code: target.code, message: target.message }, problems: [target] };
      return buildModelRequest(target.model, target.provider, request, options);
    },
  };
}
