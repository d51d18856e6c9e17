// Loose mode, opted into by augmenting Register: unknown well-formed specs compile, malformed ones do not.
import { model } from "../../../runtime/index.js";

declare module "../../../runtime/types.js" {
  interface Register {
    looseModelIds: true;
  }
}

export const preview = model("openai:gpt-5-preview");
export const known: "openai:gpt-4o" = model("openai:gpt-4o").spec;
export const unknownTools: boolean = model("openai:gpt-5-preview").capabilities.tools;
model("gpt-4o");
