/** Types for drafts.mjs, which the tests use too. */
export const REFERENCE_DATE: string;
export function random(seed: number): () => number;
export function makeDrafts(count: number, options?: { seed?: number; length?: number; carelessEvery?: number }): string[];
