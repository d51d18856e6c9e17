import type { z } from "zod";
import type { DiagnosticCode } from "../diagnostic-codes.js";

/**
 * Our code for a zod issue. zod's codes are zod's to rename; ours are promised stable, so each of zod's
 * is mapped here, and a code zod adds fails to compile until it is mapped.
 */
export function codeOfZodIssue(issue: z.core.$ZodIssue): DiagnosticCode {
  switch (issue.code) {
    case "invalid_type":
    case "invalid_union":
      return "invalid_type";
    case "too_small":
      return "too_small";
    case "too_big":
      return "too_big";
    case "invalid_format":
      return "invalid_format";
    case "unrecognized_keys":
      // Only the config schema is strict; record schemas keep unknown fields and warn `unknown_field`.
      return "unknown_option";
    case "invalid_value":
    case "invalid_key":
    case "invalid_element":
    case "not_multiple_of":
    case "custom":
      return "invalid_value";
  }
}
