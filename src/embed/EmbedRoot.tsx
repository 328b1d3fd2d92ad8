import { useQuery } from '@tanstack/react-query';
import { type MouseEvent, type ReactNode, useMemo } from 'react';
import { DeferBelowTheFoldContext } from '../features/defer-below-the-fold.ts';
import { ColorSchemeChoiceContext } from '../features/theme/color-scheme-choice.ts';
import { type SendHooks, SendHooksContext } from '../features/try-it/send-hooks.ts';
import { SettingsDefaultsContext } from '../features/try-it/settings-defaults.ts';
import type { ApiModel } from '../openapi/model.ts';
import type { EmbedOptions } from './embed-options.ts';
import { loadEmbedApi } from './load-embed-api.ts';
import { EMBED_ROOT_CLASS } from './scope-css-for-shadow.ts';

/**
 * The element's root inside its shadow root: the theme, notes about attributes, the description loading (one
 * query per URL, shared by every element of the page), then `children(api)`.
 */
export function EmbedRoot({
  options,
  problems,
  hooks,
  baseUrl,
  onClick,
  children,
}: {
  options: EmbedOptions;
  problems: readonly string[];
  hooks: SendHooks;
  baseUrl: string;
  /** In-page links: the element's router handles them (mount.tsx). */
  onClick: (event: MouseEvent) => void;
  children: (api: ApiModel) => ReactNode;
}) {
  const query = useQuery({
    queryKey: [
      'embed-api',
      options.specUrl === undefined ? 'built-in' : new URL(options.specUrl, baseUrl).href,
    ],
    queryFn: () => loadEmbedApi(options.specUrl, baseUrl),
    // A description does not change under the page: fetched once for all the elements that name it.
    staleTime: Number.POSITIVE_INFINITY,
  });
  const defaults = useMemo(() => ({ gatewayUrl: options.gatewayUrl }), [options.gatewayUrl]);
  const failure = query.error as { message?: unknown } | null;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: delegates link clicks; keyboard activation of a link is a click too
    <div
      onClick={onClick}
      className={EMBED_ROOT_CLASS}
      part="root"
      data-theme={options.theme === 'auto' ? undefined : options.theme}
    >
      {problems.map((problem) => (
        <p key={problem} className="notice embed-notice" role="status" part="notice">
          {problem}
        </p>
      ))}
      {query.data ? (
        <SettingsDefaultsContext.Provider value={defaults}>
          <SendHooksContext.Provider value={hooks}>
            {/* Below-the-fold parts load when scrolled near: the weight budget of one element. */}
            <DeferBelowTheFoldContext.Provider value={true}>
              {/* The chart redraws with the element's theme, not the host document's. */}
              <ColorSchemeChoiceContext.Provider value={options.theme}>
                {children(query.data)}
              </ColorSchemeChoiceContext.Provider>
            </DeferBelowTheFoldContext.Provider>
          </SendHooksContext.Provider>
        </SettingsDefaultsContext.Provider>
      ) : query.isError ? (
        <p className="error-box" role="alert" part="notice">
          {typeof failure?.message === 'string' ? failure.message : 'The description could not be loaded.'}
        </p>
      ) : (
        <p className="muted" role="status">
          Loading {options.specUrl ?? 'the API'}…
        </p>
      )}
    </div>
  );
}
