// Loose mode, opted into by augmenting Register: unknown well-formed specs compile, malformed ones do not.
import { model } from "../../../runtime/index.js";

declare module "../../../runtime/types.js" {
  interface Register {
    looseModelIds: true;
  }
}

export const preview = model("openai:gpt-5-preview");
export const known: 128000 = model("openai:gpt-4o").limits.context;
model("gpt-4o");
