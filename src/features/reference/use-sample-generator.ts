import { useEffect, useState } from 'react';
import {
  loadedSampleGenerator,
  loadSampleGenerator,
  type SampleGenerator,
} from '../../reference/load-sample-generator.ts';

/** The example generator once its chunk is in (loaded when `needed`); undefined until then. */
export function useSampleGenerator(needed: boolean): SampleGenerator | undefined {
  const [, setLoads] = useState(0);
  const generator = loadedSampleGenerator();
  useEffect(() => {
    if (!needed || generator) return;
    let live = true;
    loadSampleGenerator().then(
      () => live && setLoads((n) => n + 1),
      () => undefined, // Offline: the documented examples stay, the generated one is not shown.
    );
    return () => {
      live = false;
    };
  }, [needed, generator]);
  return generator;
}
