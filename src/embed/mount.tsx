import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { SendHooks } from '../features/try-it/send-hooks.ts';
import { EmbedOperation } from './EmbedOperation.tsx';
import { EmbedRoot } from './EmbedRoot.tsx';
import type { EmbedOptions } from './embed-options.ts';
import { adoptEmbedStyles } from './embed-styles.ts';
import { beforeSendDetail, mergeHostHeaders, responseDetail } from './host-events.ts';
import { completeEmbedOptions } from './parse-embed-attributes.ts';

/** What `TryIt.mount` returns: change the options (re-renders), or take the element down. */
export interface EmbedHandle {
  update(options: Partial<EmbedOptions>): void;
  destroy(): void;
}

// One cache for every element of the page: two elements naming one description load it once.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
});

/**
 * Renders an embedded Try it into `element`'s shadow root (made open if it has none): the host's CSS cannot
 * reach in, ours cannot reach out. `options.kind` defaults to one operation. Events (`tryit:before-send`,
 * `tryit:response`) are dispatched on `element` and bubble.
 */
export function mount(element: HTMLElement, options: Partial<EmbedOptions>): EmbedHandle {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const stopStyles = adoptEmbedStyles(shadow);
  const container = document.createElement('div');
  shadow.append(container);
  const root = createRoot(container);
  let current: Partial<EmbedOptions> = { ...options };

  const hooks: SendHooks = {
    beforeSend(input) {
      const detail = beforeSendDetail(input.request, input.gatewayUrl);
      const event = new CustomEvent('tryit:before-send', { detail, cancelable: true, bubbles: true });
      if (!element.dispatchEvent(event)) return undefined;
      const { headers } = mergeHostHeaders(detail.headers);
      return { ...input, request: { ...input.request, headers } };
    },
    onResult(result, input) {
      const detail = responseDetail(result, input.origin.operationId);
      element.dispatchEvent(new CustomEvent('tryit:response', { detail, bubbles: true }));
    },
  };

  const render = () => {
    const { options: complete, problems } = completeEmbedOptions(current.kind ?? 'operation', current);
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <EmbedRoot options={complete} problems={problems} hooks={hooks} baseUrl={document.baseURI}>
            {(api) => <EmbedOperation api={api} options={complete} />}
          </EmbedRoot>
        </QueryClientProvider>
      </StrictMode>,
    );
  };
  render();
  return {
    update(next) {
      current = { ...current, ...next };
      render();
    },
    destroy() {
      root.unmount();
      container.remove();
      stopStyles();
    },
  };
}
