import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { emitOverlaySchemas } from "../../generator/emit/emit-overlay-schemas.js";

const ROOT = join(import.meta.dirname, "..", "..");
const TEAM = join(ROOT, "test/fixtures/overlays/team");

/** A committed schema read back as a zod validator, as an editor's JSON Schema engine would read it. */
function validatorOf(name: string) {
  return z.fromJSONSchema(JSON.parse(readFileSync(join(ROOT, "schema", name), "utf8")));
}

describe(emitOverlaySchemas.name, () => {
  it("matches the committed schema/ files (run `npm run schema` after changing the overlay schema)", () => {
    for (const file of emitOverlaySchemas()) {
      expect(readFileSync(join(ROOT, "schema", file.path), "utf8") === file.text, `schema/${file.path} is stale`).toBe(true);
    }
  });

  it("gives each schema a $id editors can resolve", () => {
    for (const file of emitOverlaySchemas()) {
      expect(JSON.parse(file.text).$id).toBe(`https://unpkg.com/llm-catalog/schema/${file.path}`);
    }
  });

  it("accepts the team overlay fixtures, nulls included, and rejects a negative price", () => {
    const whole = validatorOf("overlay.schema.json");
    const provider = validatorOf("overlay-provider.schema.json");
    const model = validatorOf("overlay-model.schema.json");
    expect(whole.safeParse(parseYaml(readFileSync(join(TEAM, "corrections.yaml"), "utf8"))).success).toBe(true);
    expect(provider.safeParse(parseToml(readFileSync(join(TEAM, "providers/acme-private/provider.toml"), "utf8"))).success).toBe(true);
    expect(model.safeParse(parseToml(readFileSync(join(TEAM, "providers/acme-private/models/chat-v2.toml"), "utf8"))).success).toBe(true);
    expect(model.safeParse(JSON.parse(readFileSync(join(TEAM, "providers/openai/models/gpt-4.json"), "utf8"))).success).toBe(true);
    expect(whole.safeParse({ openai: { models: { "gpt-4o": { cost: { input: -2 } } } } }).success).toBe(false);
    expect(provider.safeParse({ protocol: "carrier-pigeon" }).success).toBe(false);
  });
});
