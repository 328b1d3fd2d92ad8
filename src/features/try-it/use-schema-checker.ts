import { useEffect, useState } from 'react';
import { loadSchemaChecker } from '../../schema-check/load-schema-checker.ts';
import type { SchemaChecker } from '../../schema-check/schema-checker.ts';

/**
 * The schema checker once it has loaded, when `needed` (an operation with a JSON body): the validator is its
 * own chunk, so pages without a JSON body never fetch it. Undefined while it loads or if it failed to.
 */
export function useSchemaChecker(needed: boolean): SchemaChecker | undefined {
  const [checker, setChecker] = useState<SchemaChecker>();
  useEffect(() => {
    if (!needed || checker) return;
    let live = true;
    loadSchemaChecker().then(
      (loaded) => {
        if (live) setChecker(loaded);
      },
      // Send loads it again and says so if it still fails.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [needed, checker]);
  return checker;
}
