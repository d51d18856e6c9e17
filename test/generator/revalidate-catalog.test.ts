import { describe, expect, it } from "vitest";
import type { RecordPatch } from "../../generator/stage-types.js";
import { revalidateCatalog } from "../../generator/validate/revalidate-catalog.js";
import type { Model } from "../../runtime/types.js";
import { testModel } from "../runtime/fixtures.js";

describe("revalidateCatalog", () => {
  it("reports a merged record the resolved schema rejects, naming the files that built it", () => {
    const broken = { ...testModel("p", "m"), modalities: { input: [], output: ["text"] }, cost: { input: 1 } } as unknown as Model;
    const patch = (path: string): RecordPatch => ({
      kind: "model", provider: "p", id: "m", fields: {}, locate: () => undefined,
      origin: { file: { path, format: "overlay", rank: 0, text: "" }, keyPath: ["p", "models", "m"] },
    });
    const diagnostics = revalidateCatalog({ providers: [{ provider: { id: "p", name: "p", protocol: "unknown", env: [] }, models: [broken, testModel("p", "ok")] }] }, [patch("a.yaml"), patch("b.yaml")]);
    expect(diagnostics.map((d) => `${d.file} ${d.code} ${d.keyPath}`)).toEqual([
      "b.yaml invalid_after_merge p.models.m.cost.output",
      "b.yaml invalid_after_merge p.models.m.modalities.input",
    ]);
    expect(diagnostics[0]!.message).toMatch(/after merging a\.yaml, b\.yaml$/);
  });
});
