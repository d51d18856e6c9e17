// Hostile strings and the same hostile catalog written in every source format.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stringify as toToml } from "smol-toml";
import { stringify as toYaml } from "yaml";
import type { SourceSpec } from "../../../generator/stage-types.js";

/** Strings that break naive code generators, string literals and JSDoc alike. */
export const HOSTILE: readonly string[] = [
  'double " quote',
  "single ' quote",
  "back`tick",
  "back\\slash \\u0041 \\",
  "*/ closes",
  "/* opens",
  "${injection}",
  "`${x}`",
  "line\u2028sep",
  "para\u2029sep",
  "lone \ud800 high",
  "lone \udc00 low",
  "nul \u0000 and \u001b esc",
  "rtl \u202e mark \u200f",
  "emoji 🦙👩‍💻",
  "x".repeat(10_000),
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "@deprecated tag",
  "a\n@deprecated b",
  "hasOwnProperty",
  "</script>",
  "\\u2028",
];

/** Hostile strings that are valid model ids (no control characters, no padding). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ids with control characters are left out on purpose
const HOSTILE_IDS = HOSTILE.filter((s) => !/[\u0000-\u001f\u007f-\u009f]/.test(s) && s.trim() === s);

/** Provider ids that are also prototype members, a Windows device name and a generated top-level name. */
export const HOSTILE_PROVIDERS = ["__proto__", "constructor", "prototype", "toString", "con", "api"] as const;

const LONE = /[\uD800-\uDFFF]/;
const isSurrogateFree = (s: string) => !LONE.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ""));

/** One hostile model as the test expects to read it back. */
export interface HostileModel {
  readonly provider: string;
  readonly id: string;
  readonly name?: string;
  /** An unknown field every format keeps in `extra.note`. */
  readonly note: Record<string, string>;
  readonly aliases?: readonly string[];
}

/** One format's files for the hostile catalog, its source, and what must come back. */
export interface HostileSource {
  readonly source: SourceSpec;
  readonly models: readonly HostileModel[];
  readonly providerNames: boolean;
}

function noteOf(strings: readonly string[]): Record<string, string> {
  const note: Record<string, string> = {};
  for (const s of strings) if (s !== "__proto__") note[s] = s;
  return note;
}

/** Ids per provider: all of them under the first, two under each other (keeps the type-check fast). */
function plan(ids: readonly string[]): { provider: string; ids: string[] }[] {
  return HOSTILE_PROVIDERS.map((provider, i) => ({ provider, ids: i === 0 ? [...ids] : ids.slice(i * 2, i * 2 + 2) }));
}

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const MODEL_BASE = {
  attachment: false,
  reasoning: false,
  tool_call: true,
  temperature: true,
  release_date: "2024-01-01",
  last_updated: "2024-01-01",
  open_weights: false,
  limit: { context: 1000, output: 100 },
  modalities: { input: ["text"], output: ["text"] },
  cost: { input: 1, output: 2 },
};

/** api.json-shaped data, used by the JSON snapshot and by overlays. */
function apiShape(strings: readonly string[], ids: readonly string[], withBase: boolean): { value: Record<string, unknown>; models: HostileModel[] } {
  const value: Record<string, unknown> = {};
  const models: HostileModel[] = [];
  for (const [n, { provider, ids: own }] of plan(ids).entries()) {
    const entries: Record<string, unknown> = {};
    own.forEach((id, i) => {
      const name = strings[(i + n) % strings.length]!;
      const note = noteOf(strings);
      const aliases = withBase ? undefined : [`alias ${strings[i % strings.length]!.slice(0, 40)} ${provider} ${i}`];
      Object.defineProperty(entries, id, { enumerable: true, value: { ...(withBase ? { ...MODEL_BASE, id } : { aliases }), name, family: name, note } });
      models.push({ provider, id, name, note, ...(aliases ? { aliases } : {}) });
    });
    Object.defineProperty(value, provider, {
      enumerable: true,
      value: {
        ...(withBase ? { id: provider, npm: "@ai-sdk/openai-compatible" } : {}),
        name: strings.join(" | "),
        env: strings.slice(0, 6),
        doc: strings.join(" "),
        api: "https://x.test/${AWS_REGION}/`*/",
        models: entries,
      },
    });
  }
  return { value, models };
}

/** The hostile catalog in all five formats (three for overlays), written below `dir`. */
export function writeHostileSources(dir: string): HostileSource[] {
  const sources: HostileSource[] = [];
  const tomlStrings = HOSTILE.filter(isSurrogateFree);

  const json = apiShape(HOSTILE, HOSTILE_IDS, true);
  write(dir, "api.json", JSON.stringify(json.value, null, 1));
  sources.push({ source: { format: "models-dev-json", path: join(dir, "api.json") }, models: json.models, providerNames: true });

  for (const [ext, strings, text] of [
    ["json", HOSTILE, (v: unknown) => JSON.stringify(v)],
    ["yaml", HOSTILE, (v: unknown) => toYaml(v, { lineWidth: 0 })],
    ["toml", tomlStrings, (v: unknown) => toToml(v)],
  ] as const) {
    const overlay = apiShape(
      strings,
      HOSTILE_IDS.filter((s) => strings.includes(s)),
      false,
    );
    write(dir, `overlay-${ext}/team.${ext}`, text(overlay.value));
    sources.push({ source: { format: "overlay", path: join(dir, `overlay-${ext}`) }, models: overlay.models, providerNames: true });
  }

  // ExLLM: one file per provider, ids as YAML keys, the note as an unknown field.
  const exModels: HostileModel[] = [];
  for (const { provider, ids } of plan(HOSTILE_IDS)) {
    const models: Record<string, unknown> = {};
    for (const id of ids) {
      Object.defineProperty(models, id, { enumerable: true, value: { context_window: 1000, note: noteOf(HOSTILE) } });
      exModels.push({ provider, id, note: noteOf(HOSTILE) });
    }
    write(dir, `ex_llm/${provider}.yml`, toYaml({ provider, models }, { lineWidth: 0 }));
  }
  sources.push({ source: { format: "ex-llm-yaml", path: join(dir, "ex_llm") }, models: exModels, providerNames: false });

  // llm_models: the id is stated in the file, so any id works; the note is an unknown field.
  const llmModels: HostileModel[] = [];
  for (const { provider, ids } of plan(HOSTILE_IDS.filter(isSurrogateFree))) {
    write(dir, `llm_models/${provider}/provider.toml`, toToml({ name: tomlStrings.join(" | "), doc: tomlStrings.join(" "), env: tomlStrings.slice(0, 6) }));
    ids.forEach((id, i) => {
      const name = tomlStrings[i % tomlStrings.length]!;
      write(dir, `llm_models/${provider}/m${i}.toml`, toToml({ id, name, note: noteOf(tomlStrings) }));
      llmModels.push({ provider, id, name, note: noteOf(tomlStrings) });
    });
  }
  sources.push({ source: { format: "llm-models-toml", path: join(dir, "llm_models") }, models: llmModels, providerNames: true });

  // models.dev TOML tree: the id is the file's path, so only ids a file name can hold (U+2028 included).
  const treeIds = HOSTILE_IDS.filter((s) => isSurrogateFree(s) && !s.includes("/") && !s.includes("\\") && s.length < 200);
  const treeModels: HostileModel[] = [];
  for (const { provider, ids } of plan(treeIds)) {
    write(
      dir,
      `tree/providers/${provider}/provider.toml`,
      toToml({ name: tomlStrings.join(" | "), npm: "@ai-sdk/openai-compatible", env: ["KEY"], doc: tomlStrings.join(" ") }),
    );
    ids.forEach((id, i) => {
      const name = tomlStrings[i % tomlStrings.length]!;
      write(dir, `tree/providers/${provider}/models/${id}.toml`, toToml({ ...MODEL_BASE, name, note: noteOf(tomlStrings) }));
      treeModels.push({ provider, id, name, note: noteOf(tomlStrings) });
    });
  }
  sources.push({ source: { format: "models-dev-toml", path: join(dir, "tree") }, models: treeModels, providerNames: true });
  return sources;
}
