/**
 * The package root: the whole public API bound to the default catalog in `generated/` (the
 * models.dev snapshot in `data/`). Teams that generate their own catalog import it from their own
 * output folder instead; `llm-catalog/runtime` holds the generic pieces.
 */
export * from "../generated/index.js";
