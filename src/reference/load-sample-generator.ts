import type { generateSample } from './generate-sample.ts';

/** The generator of examples from schemas (`generateSample`). */
export type SampleGenerator = typeof generateSample;

let loaded: SampleGenerator | undefined;
let loading: Promise<SampleGenerator> | undefined;

/**
 * Loads the example generator (the form's sampler with its pattern library: a chunk of its own, also used by
 * "Fill example values") once. The reference shows documented examples at once and generated ones when this
 * is in; a server render calls it first. A failed load (offline) can be retried by calling again.
 */
export function loadSampleGenerator(): Promise<SampleGenerator> {
  loading ??= import('./generate-sample.ts').then(
    (module) => {
      loaded = module.generateSample;
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The generator if it has loaded, else undefined (callers say an example is being made, and load it). */
export function loadedSampleGenerator(): SampleGenerator | undefined {
  return loaded;
}
