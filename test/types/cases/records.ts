// Opt-in exact records: importing the catalog's records module fills `ExactRecords` by declaration
// merging, so the root returns literal limits, prices and names. Compiled in a program of its own,
// since the merge applies to every file of a program.
import "../../../generated/records.js";
import { catalog } from "../../../generated/model-catalog.js";
import { model, openai, providerModel } from "../../../runtime/index.js";

export const context: 128000 = model("openai:gpt-4o").limits.context;
export const input: 2.5 = model("openai:gpt-4o").cost.input;
export const name: "GPT-4o" = openai("gpt-4o").name;
export const viaProvider: 128000 = providerModel("openai", "gpt-4o").limits.context;
export const documented: 2.5 = catalog["openai:gpt-4o"].cost.input;
export const wrong: 8192 = model("openai:gpt-4o").limits.context;
