import { describe, expect, it } from "vitest";
import { mergeCatalog } from "../../generator/merge.js";
import { mergeFields } from "../../runtime/create/merge-fields.js";
import type { Draft, RecordPatch, SourceFile } from "../../generator/stage-types.js";
import type { Model } from "../../runtime/types.js";

function patch(rank: number, id: string, fields: Draft<Model>): RecordPatch {
  const file: SourceFile = { path: `layer${rank}.json`, format: "models-dev-json", rank, text: "" };
  return { kind: "model", provider: "openai", id, fields, origin: { file, keyPath: [] }, locate: () => undefined };
}

describe("mergeCatalog", () => {
  it("applies the merge rules: last non-null wins, objects merge, lists replace, aliases union", () => {
    const layer1 = patch(0, "gpt-4o", {
      name: "GPT-4o",
      cost: { input: 2.5, output: 10, cacheRead: 1.25 },
      modalities: { input: ["text", "image", "pdf"] },
      aliases: ["a"],
    });
    const layer2 = patch(1, "gpt-4o", {
      cost: { input: 2 },
      modalities: { input: ["text", "image"] },
      aliases: ["gpt-4o-latest", "a"],
      name: null as unknown as string,
    });
    // Given out of order: rank decides, not position.
    const merged = mergeCatalog([layer2, layer1]).providers.get("openai")!.models.get("gpt-4o")!;
    expect(merged).toEqual({
      name: "GPT-4o",
      cost: { input: 2, output: 10, cacheRead: 1.25 },
      modalities: { input: ["text", "image"] },
      aliases: ["a", "gpt-4o-latest"],
    });
  });

  it("treats __proto__ as a plain key and never touches Object.prototype", () => {
    const over = JSON.parse('{"extra":{"__proto__":{"polluted":true}}}') as Draft<Model>;
    const merged = mergeFields({ extra: { a: 1 } } as Draft<Model>, over);
    expect(Object.hasOwn(merged.extra!, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("lets an explicit empty list clear a list", () => {
    expect(mergeFields({ tags: ["x"], modalities: { input: ["text"] } } as Draft<Model>, { tags: [], modalities: { input: [] } } as Draft<Model>)).toEqual({
      tags: ["x"],
      modalities: { input: [] },
    });
  });
});

describe("llm_models deprecated = false (revive)", () => {
  it("turns an earlier deprecated status active and leaves alpha/beta alone", () => {
    const revived = mergeCatalog([patch(0, "m", { status: "deprecated" }), patch(1, "m", { revive: true } as Draft<Model>)]);
    expect(revived.providers.get("openai")!.models.get("m")!.status).toBe("active");
    const beta = mergeCatalog([patch(0, "m", { status: "beta" }), patch(1, "m", { revive: true } as Draft<Model>)]);
    expect(beta.providers.get("openai")!.models.get("m")!.status).toBe("beta");
    const again = mergeCatalog([
      patch(0, "m", { status: "deprecated" }),
      patch(1, "m", { revive: true } as Draft<Model>),
      patch(2, "m", { status: "deprecated" }),
    ]);
    expect(again.providers.get("openai")!.models.get("m")!.status).toBe("deprecated");
  });
});
