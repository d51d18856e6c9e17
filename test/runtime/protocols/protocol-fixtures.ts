import { buildModelRequest, checkModelRequest, type HttpRequest, type RequestOptions, type RequestProblem } from "../../../runtime/request.js";
import { RequestReader, type PlainObject, type RequestView } from "../../../runtime/protocols/request-reader.js";
import type { WireProtocol } from "../../../runtime/protocols/wire-protocol.js";
import type { Model, Protocol, Provider } from "../../../runtime/types.js";
import { ALL_CAPABILITIES, testModel } from "../fixtures.js";

/** A provider speaking `protocol` at a test URL, with one API-key variable. */
export function testProvider(protocol: Protocol, extra: Partial<Provider> = {}): Provider {
  return { id: "p", name: "P", protocol, env: ["P_API_KEY"], baseUrl: "https://api.p.test/v1", ...extra };
}

/** A capable text model `p:m` (id overridable), for building requests. */
export function capableModel(overrides: Partial<Model> = {}): Model {
  return testModel("p", "m", { capabilities: ALL_CAPABILITIES, ...overrides });
}

/** The built request, failing the test with the problems when there is none. */
export function builtRequest(model: Model, provider: Provider, request: unknown, options?: RequestOptions): HttpRequest {
  const result = buildModelRequest(model, provider, request, options);
  if (!result.ok) throw new Error(`expected a request, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** Problems as `severity code path` lines, the part tests compare. */
export function briefProblems(model: Model, provider: Provider, request: unknown, options?: RequestOptions): string[] {
  return checkModelRequest(model, provider, request, options).map((p: RequestProblem) => `${p.severity} ${p.code} ${p.path}`);
}

/** What one format's reader makes of a request, without any model. */
export function viewOf(wire: WireProtocol, request: PlainObject): RequestView {
  const reader = new RequestReader(new Set(wire.fields));
  reader.unknownFields(request);
  wire.read(reader, request);
  return reader.view;
}
