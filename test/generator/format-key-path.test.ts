import { describe, expect, it } from "vitest";
import { formatKeyPath } from "../../runtime/create/format-key-path.js";

describe("formatKeyPath", () => {
  it("dots plain segments, hyphenated ids included", () => {
    expect(formatKeyPath(["openai", "models", "gpt-4o", "limit", "context"])).toBe("openai.models.gpt-4o.limit.context");
    expect(formatKeyPath(["x", "4o-mini", "$ref", "_id"])).toBe("x.4o-mini.$ref._id");
  });

  it("brackets a segment with a dot, so it cannot read as two", () => {
    expect(formatKeyPath(["openai", "models", "gpt-4.1", "limit"])).toBe('openai.models["gpt-4.1"].limit');
    expect(formatKeyPath(["gpt-4.1", "limit"])).toBe('["gpt-4.1"].limit');
  });

  it("JSON-quotes quotes, backslashes, brackets, spaces, slashes and colons", () => {
    expect(formatKeyPath(["a", 'say "hi"'])).toBe('a["say \\"hi\\""]');
    expect(formatKeyPath(["a", "back\\slash"])).toBe('a["back\\\\slash"]');
    expect(formatKeyPath(["a", "x[0]"])).toBe('a["x[0]"]');
    expect(formatKeyPath(["a", "two words"])).toBe('a["two words"]');
    expect(formatKeyPath(["meta-llama/llama-3", "name"])).toBe('["meta-llama/llama-3"].name');
    expect(formatKeyPath(["bad:provider"])).toBe('["bad:provider"]');
  });

  it("brackets an empty key", () => {
    expect(formatKeyPath(["a", "", "b"])).toBe('a[""].b');
    expect(formatKeyPath([""])).toBe('[""]');
  });

  it("writes array indexes as [n] and quotes all-digit keys so they differ from indexes", () => {
    expect(formatKeyPath(["modalities", "input", 1])).toBe("modalities.input[1]");
    expect(formatKeyPath([0, 2])).toBe("[0][2]");
    expect(formatKeyPath(["models", "123"])).toBe('models["123"]');
  });

  it("is empty for the whole file", () => {
    expect(formatKeyPath([])).toBe("");
  });
});
