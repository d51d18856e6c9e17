// The shapes records have while sources are merged, shared by the generator's stages and the
// runtime's `createCatalog`, which run the same merge.
import type { Modality, Mode, Model, Provider } from "../types.js";

/** Mutable while the generator builds it; the runtime sees it frozen. */
export type Draft<T> = {
  -readonly [K in keyof T]?: unknown extends T[K]
    ? T[K]
    : NonNullable<T[K]> extends readonly (infer U)[]
      ? U[]
      : NonNullable<T[K]> extends object
        ? Draft<NonNullable<T[K]>>
        : T[K];
};

/**
 * What a source implies without stating it: modalities named as capabilities
 * (`vision`), added to the merged lists after merging so they never replace a list; and a mode's
 * default modalities, used only when no source gives a list.
 */
export interface ImpliedFields {
  input?: Modality[];
  output?: Modality[];
  defaultModalities?: { input: Modality[]; output: Modality[] };
  /** A mode a source hints at (llm_models `chat`/`embeddings`), used only when no source sets one. */
  modeHint?: Mode;
}

/** A model's fields while sources are merged: the canonical shape plus what they imply. */
export type ModelDraft = Draft<Model> & {
  implied?: ImpliedFields;
  /** llm_models `deprecated = false`: turns an earlier `deprecated` into `active`, leaves alpha/beta. */
  revive?: true;
  /** Only adds to a model an earlier layer has; never creates one (ExLLM capability files). */
  onlyIfExists?: true;
};

/** A provider's fields while sources are merged, with llm_models' `exclude_models` (deny patterns). */
export type ProviderDraft = Draft<Provider> & { excludeModels?: string[] };
