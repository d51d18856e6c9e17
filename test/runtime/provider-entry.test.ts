import { describe, expect, it } from "vitest";
import { getModel, models as allModels } from "../../runtime/index.js";
import * as openai from "../../generated/providers/openai.js";

describe("a provider entry (generated/providers/<id>.ts)", () => {
  it("holds the provider's own data: the same records as the root, by value", () => {
    expect(openai.provider.id).toBe("openai");
    expect(openai.models().map((m) => m.spec)).toEqual(allModels("openai").map((m) => m.spec));
    expect(openai.model("gpt-4o")).toEqual(getModel("openai:gpt-4o"));
    const context: 128000 = openai.model("gpt-4o").limits.context;
    expect(context).toBe(128000);
  });

  it("rejects an id outside the provider, at compile time and at run time", () => {
    // @ts-expect-error not an OpenAI model id
    expect(() => openai.model("claude-sonnet-4-5")).toThrow(TypeError);
  });
});
