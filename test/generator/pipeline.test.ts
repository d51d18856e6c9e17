import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.js";
import { catalogFromFiles, PIPELINE_STAGES } from "../../generator/pipeline.js";
import { loadConfig } from "../../generator/sources/load-config.js";
import type { SourceFile } from "../../generator/stage-types.js";

const ROOT = join(import.meta.dirname, "..", "..");

const MODEL = {
  attachment: false,
  reasoning: false,
  tool_call: true,
  release_date: "2025-01-01",
  last_updated: "2025-01-01",
  open_weights: false,
  modalities: { input: ["text"], output: ["text"] },
};
const LIMIT = { context: 1000, output: 100 };
const PROVIDER = { name: "Acme", npm: "@ai-sdk/openai-compatible", env: ["ACME_API_KEY"] };

/** A models.dev snapshot with two acme models, plus `more` providers. */
function base(more: Record<string, unknown> = {}): string {
  const models = {
    "chat-1": { id: "chat-1", name: "Chat 1", ...MODEL, limit: LIMIT },
    "chat-2": { id: "chat-2", name: "Chat 2", ...MODEL, limit: LIMIT },
  };
  return JSON.stringify({ acme: { id: "acme", ...PROVIDER, models }, ...more }, null, 2);
}

// Line numbers matter: the diagnostics below point into this text.
const OVERLAY = `acme:
  models:
    chat-1:
      aliases: [chat]
      cost:
        input: 2
    chat-2:
      aliases: [chat]
`;

function run(overlay: string, baseText = base()) {
  const context = loadConfig({
    root: ROOT,
    noDefaultSources: true,
    sources: [
      { format: "models-dev-json", path: "base.json" },
      { format: "overlay", path: "team.yaml" },
    ],
  });
  const files: SourceFile[] = [
    { path: "base.json", format: "models-dev-json", rank: 0, text: baseText },
    { path: "team.yaml", format: "overlay", rank: 1, text: overlay },
  ];
  return catalogFromFiles(files, context);
}

describe(catalogFromFiles.name, () => {
  it("runs its stages in the documented order", () => {
    expect(PIPELINE_STAGES).toEqual(["parse", "validate", "merge", "enrich", "defaults", "aliases", "filter", "revalidate", "prefer", "routes"]);
  });

  it("locates diagnostics raised after merging in the file, line and column that set the offending value", () => {
    const { diagnostics } = run(OVERLAY);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      // enrich: chat-1 has no price in the base file; the overlay's `cost` (its value starts on line 6) gives input without output.
      "team.yaml:6:9 warning cost_incomplete acme.models.chat-1: cost lacks input or output after merging; moved to extra.cost",
      // aliases: both models claim "chat"; the second claim is reported where the overlay states it.
      'team.yaml:8:17 error alias_collision acme.models.chat-2.aliases: Alias "chat" is claimed by both acme:chat-1 and acme:chat-2',
    ]);
  });

  it("points at the overlay's alias when it names another model's id", () => {
    const { diagnostics } = run("acme:\n  models:\n    chat-1:\n      aliases: [chat-2]\n");
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'team.yaml:4:17 error alias_shadows_id acme.models.chat-1.aliases: Alias "chat-2" is the id of another acme model',
    ]);
  });

  it("points at the base file when the base, not the overlay, holds the offending value", () => {
    const models = { "chat-3": { id: "chat-3", name: "Chat 3", ...MODEL, limit: LIMIT } };
    const { diagnostics } = run("acme:\n  models:\n    chat-1:\n      name: Chat One\n", base({ ACME: { id: "ACME", ...PROVIDER, models } }));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.keyPath}`)).toEqual(["base.json:2:11 provider_fold_collision acme"]);
  });
});
