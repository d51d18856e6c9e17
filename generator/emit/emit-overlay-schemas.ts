import type { z as Z } from "zod";
import type { EmittedFile } from "../stage-types.js";
import { overlayModelSchema, overlayProviderSchema } from "../validate/overlay-schema.js";
import { z } from "../validate/zod.js";

/**
 * Where the published schemas live. Editors fetch a schema by this address when a file names it
 * (`#:schema` in TOML, or `$schema` in JSON), so it is the package's own file on a public CDN; a
 * local path (`node_modules/llm-catalog/schema/...`) works as well and needs no network.
 */
const SCHEMA_BASE_URL = "https://unpkg.com/llm-catalog/schema/";

type JsonSchema = Record<string, unknown>;

/** Overlay values may be `null`, which means "no change" (SEMANTICS §6), so every property also takes null. */
function withNullableProperties(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withNullableProperties);
  if (typeof schema !== "object" || schema === null) return schema;
  const result: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "properties" && typeof value === "object" && value !== null) {
      result[key] = Object.fromEntries(Object.entries(value).map(([name, member]) => [name, { anyOf: [withNullableProperties(member), { type: "null" }] }]));
    } else result[key] = withNullableProperties(value);
  }
  return result;
}

/** The input side of a zod schema as JSON Schema: what a person may write, not what the reader returns. */
function inputSchema(schema: Z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return withNullableProperties(rest) as JsonSchema;
}

/** A file may name its schema with a top-level `$schema` key (JSON, TOML); the reader ignores it. */
const SCHEMA_PROPERTY = { $schema: { type: "string", description: "The JSON Schema this file follows, for editors; not data." } };

function schemaFile(name: string, title: string, description: string, body: JsonSchema): EmittedFile {
  const properties = { ...SCHEMA_PROPERTY, ...(body.properties as JsonSchema | undefined) };
  const document = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: `${SCHEMA_BASE_URL}${name}`, title, description, ...body, properties };
  return { path: name, text: `${JSON.stringify(document, null, 2)}\n` };
}

/**
 * JSON Schemas for overlay files, derived from the same zod schemas the reader validates with, so
 * editors complete and check what `gen` accepts: a whole file shaped like api.json, and the two files
 * of a tree (`providers/<id>/provider.*`, `providers/<id>/models/<model>.*`).
 */
export function emitOverlaySchemas(): EmittedFile[] {
  const model = inputSchema(overlayModelSchema);
  const provider = inputSchema(overlayProviderSchema);
  const providerWithModels = {
    ...provider,
    properties: {
      ...(provider.properties as JsonSchema),
      models: { type: "object", description: "Models by id; each states only what it adds or changes.", additionalProperties: { $ref: "#/$defs/model" } },
    },
  };
  return [
    schemaFile(
      "overlay.schema.json",
      "llm-catalog overlay",
      "An overlay file shaped like models.dev's api.json: providers by id, each with its models by id. Every field is optional; null means no change.",
      { type: "object", additionalProperties: { $ref: "#/$defs/provider" }, $defs: { provider: providerWithModels, model } },
    ),
    schemaFile(
      "overlay-provider.schema.json",
      "llm-catalog overlay provider",
      "providers/<id>/provider.(yaml|toml|json) in an overlay tree. Every field is optional; null means no change.",
      provider,
    ),
    schemaFile(
      "overlay-model.schema.json",
      "llm-catalog overlay model",
      "providers/<id>/models/<model>.(yaml|toml|json) in an overlay tree; state `id` for ids holding ':'. Every field is optional; null means no change.",
      model,
    ),
  ];
}
