import { describe, expect, it } from "vitest";
import type { Report } from "../../generator/validate/schema-primitives.js";
import { capabilitiesOf, modalitiesOf, modeOf, normalizeName } from "../../runtime/create/vocabulary.js";

function collecting(): { report: Report; codes: string[] } {
  const codes: string[] = [];
  return { report: (_severity, code, path) => codes.push(`${code} ${path.join(".")}`), codes };
}

describe("vocabulary", () => {
  it("normalises names: trimmed, lowercased, - and spaces as _", () => {
    expect(normalizeName("  Tool-Choice ")).toBe("tool_choice");
    expect(normalizeName("Structured Outputs")).toBe("structured_outputs");
  });

  it("maps modality synonyms, drops duplicates after mapping, and keeps unknown names", () => {
    const { report, codes } = collecting();
    const result = modalitiesOf(["text", "code", "Document", "pdf", "smell", "embedding"], ["m"], report);
    expect(result).toEqual({ known: ["text", "pdf"], unknown: ["smell"], embedding: true });
    expect(codes).toEqual(["unknown_modality m.4"]);
  });

  it("maps every capability synonym, implies modalities, and names no flag it was not given", () => {
    const { report, codes } = collecting();
    const result = capabilitiesOf(
      [
        "function_calling",
        "tool_choice",
        "parallel-tool-calls",
        "structured_outputs",
        "response_format",
        "temperature_control",
        "vision",
        "pdf_input",
        "audio_output",
        "long_context",
      ],
      ["caps"],
      report,
    );
    expect(result.flags).toEqual({ tools: true, toolChoice: true, parallelToolCalls: true, structuredOutput: true, jsonMode: true, temperature: true });
    expect(result.implied).toEqual({ input: ["image", "pdf"], output: ["audio"] });
    expect(result.unknown).toEqual(["long_context"]);
    expect(codes).toEqual(["unknown_capability caps.9"]);
    // tool_choice alone does not imply tools (216 ExLLM models list it without function_calling).
    expect(capabilitiesOf(["tool_choice"], [], report).flags).toEqual({ toolChoice: true });
  });

  it("maps ExLLM modes, with default modalities for audio", () => {
    expect(modeOf("image_generation")).toEqual({ mode: "image" });
    expect(modeOf("audio_speech")).toEqual({ mode: "audio", defaultModalities: { input: ["text"], output: ["audio"] } });
    expect(modeOf("responses")).toEqual({ mode: "responses" });
    expect(modeOf("dreaming")).toBeUndefined();
  });
});
