import { describe, expect, it } from "vitest";
import { mergeCatalog } from "../../generator/merge.js";
import type { ModelDraft, RecordPatch } from "../../generator/stage-types.js";
import { revalidateCatalog } from "../../generator/validate/revalidate-catalog.js";
import type { Model } from "../../runtime/types.js";
import { testModel } from "../runtime/fixtures.js";

describe(revalidateCatalog.name, () => {
  it("reports a merged record the resolved schema rejects at the file that set the value, naming the files that built it", () => {
    const broken = { ...testModel("p", "m"), modalities: { input: [], output: ["text"] }, cost: { input: 1 } } as unknown as Model;
    // Each file puts its record on a line of its own, and every key one line further down.
    const patch = (path: string, line: number, fields: ModelDraft): RecordPatch => ({
      kind: "model",
      provider: "p",
      id: "m",
      fields,
      locate: (keyPath) => ({ line: line + keyPath.length - 3, column: 1 }),
      origin: { file: { path, format: "overlay", rank: 0, text: "" }, keyPath: ["p", "models", "m"] },
    });
    const { origins } = mergeCatalog([patch("a.yaml", 10, { modalities: { input: [] } }), patch("b.yaml", 20, { cost: { input: 1 } })]);
    const catalog = { providers: [{ provider: { id: "p", name: "p", protocol: "unknown" as const, env: [] }, models: [broken, testModel("p", "ok")] }] };
    const diagnostics = revalidateCatalog(catalog, origins);
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.keyPath}`)).toEqual([
      // `cost` lacks `output`: blamed on the file that set `cost`.
      "b.yaml:21 invalid_after_merge p.models.m.cost.output",
      "a.yaml:12 invalid_after_merge p.models.m.modalities.input",
    ]);
    expect(diagnostics[0]!.message).toMatch(/after merging a\.yaml, b\.yaml$/);
  });
});
