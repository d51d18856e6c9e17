/** Why a request is wrong for a model. */
export type RequestProblemCode =
  | "invalid_request"
  | "missing_field"
  | "invalid_type"
  | "invalid_value"
  | "unknown_field"
  | "unknown_model"
  | "unsupported_protocol"
  | "unsupported_feature"
  | "unsupported_input"
  | "over_limit"
  | "model_mismatch"
  | "no_endpoint";

/** One problem of a request: where (`messages[2].content[0]`), what, and whether it blocks the call. */
export interface RequestProblem {
  readonly path: string;
  readonly code: RequestProblemCode;
  readonly severity: "error" | "warning";
  readonly message: string;
}
