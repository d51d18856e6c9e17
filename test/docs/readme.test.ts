import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { readmeWithConfigReference } from "./config-reference.js";

const ROOT = join(import.meta.dirname, "..", "..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");

describe("README.md", () => {
  it("has the config reference generated from CatalogConfig's JSDoc (run `npm run docs` after changing it)", () => {
    expect(readmeWithConfigReference(readme) === readme).toBe(true);
  });

  it("shows overlays that the published JSON Schema accepts", () => {
    const schema = z.fromJSONSchema(JSON.parse(readFileSync(join(ROOT, "schema/overlay.schema.json"), "utf8")));
    const overlays = [...readme.matchAll(/^```yaml\n(#[^\n]*\n)*?# [^\n]*overlay[^\n]*\.yaml[^\n]*\n[\s\S]*?^```$/gm)].map((m) => m[0].slice(8, -3));
    expect(overlays.length).toBe(2);
    for (const text of overlays) expect(schema.safeParse(parseYaml(text)).error).toBeUndefined();
  });

  it("shows examples/consumer's catalog.config.ts in the tour, which the consumer test generates with", () => {
    const config = readFileSync(join(ROOT, "examples/consumer/catalog.config.ts"), "utf8");
    const body = config.slice(config.indexOf("import "));
    expect(readme).toContain(`// catalog.config.ts\n${body}\`\`\``);
  });
});
