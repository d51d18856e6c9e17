import { CAPABILITY_NAMES, defineProviderData, modelRowOf, type ProviderData } from "../../runtime/core.js";
import type { Capabilities, Model, Provider } from "../../runtime/types.js";

const NO_CAPABILITIES: Capabilities = {
  tools: false,
  toolChoice: false,
  parallelToolCalls: false,
  toolStreaming: false,
  strictTools: false,
  structuredOutput: false,
  jsonMode: false,
  strictJson: false,
  reasoning: false,
  streaming: true,
  attachment: false,
  temperature: true,
  systemMessages: false,
  promptCaching: false,
  webSearch: false,
  localInference: false,
};

/** Every capability on but local inference, so only the check under test can fail. */
export const ALL_CAPABILITIES = Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, name !== "localInference"])) as unknown as Capabilities;

/** A complete model record with defaults, for runtime tests. */
export function testModel(provider: string, id: string, overrides: Partial<Model> = {}): Model {
  return {
    spec: `${provider}:${id}`,
    provider,
    id,
    name: id,
    aliases: [],
    tags: [],
    status: "active",
    mode: "chat",
    limits: {},
    modalities: { input: ["text"], output: ["text"] },
    capabilities: NO_CAPABILITIES,
    ...overrides,
  };
}

/** A provider table as a generated module defines it: JSON rows sorted by id. */
export function testTable(id: string, models: readonly Model[], extra: Partial<Provider> = {}): ProviderData {
  const provider: Provider = { id, name: id, protocol: "openai-compatible", env: [], ...extra };
  const sorted = [...models].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return defineProviderData(
    provider,
    sorted.map((m) => JSON.stringify(modelRowOf(m))),
  );
}
