import { useEffect, useMemo, useRef } from 'react';
import type { FormModel, FormValues } from '../../form/form-model.ts';
import { browserLocalStorage, createDraftStore } from '../../storage/browser-storage.ts';
import { decodeShareParams } from '../../storage/share-link-codec.ts';

/**
 * What the user typed into an operation's form, kept per operation so a reload loses nothing. Only text is
 * kept (files never are), and any value containing a current secret (a credential, the gateway access token)
 * is dropped before saving.
 * The first values are: defaults, then the saved draft, then a share link's values (`sharedQuery`).
 */
export function useFormDraft(
  apiId: string,
  model: FormModel,
  secrets: readonly string[],
  sharedQuery?: string,
) {
  const store = useMemo(() => createDraftStore(browserLocalStorage(window), apiId), [apiId]);
  // The share link applies once, when the form first opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: sharedQuery is read at first render only
  const initialValues = useMemo(() => {
    const { values } = store.load(model.operationId);
    const known = new Set(model.fields.map((f) => f.key));
    // A draft from an older version of the description may name fields that no longer exist.
    const restored = Object.fromEntries(Object.entries(values).filter(([key]) => known.has(key)));
    const shared = sharedQuery
      ? decodeShareParams(
          sharedQuery,
          model.fields.map((f) => f.key),
          new Set(model.fields.filter((f) => f.kind === 'array').map((f) => f.key)),
        )
      : {};
    return { ...model.defaults, ...restored, ...shared } as FormValues;
  }, [store, model]);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  return {
    initialValues,
    /** Saves soon (writes are batched while typing). */
    save: (values: FormValues) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => store.save(model.operationId, values, secrets), 300);
    },
    clear: () => {
      clearTimeout(timer.current);
      store.clear(model.operationId);
    },
  };
}
