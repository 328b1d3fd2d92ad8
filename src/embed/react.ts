/**
 * React components for React hosts (`dist/embed/react.js`; `react` is the host's, a peer). They render the
 * custom elements of `./try-it.js`, which carries its own copy of React inside its shadow roots: the host's
 * React version (any with hooks) never meets ours, so upgrading either breaks nothing.
 */
import { createElement, useEffect, useRef } from 'react';
import type { EmbedTheme, EmbedView } from './embed-options.ts';
import type { BeforeSendDetail, ResponseDetail } from './host-events.ts';
// Defines the elements. The embed build keeps this import as `./try-it.js` (vite.embed.config.ts).
import './try-it.ts';

/** Props both components share. */
interface CommonProps {
  specUrl?: string;
  gatewayUrl?: string;
  theme?: EmbedTheme;
  className?: string;
  /** `tryit:before-send`: add headers to `event.detail.headers`, or `event.preventDefault()` to cancel. */
  onBeforeSend?: (event: CustomEvent<BeforeSendDetail>) => void;
  /** `tryit:response`: the outcome of each Send. */
  onResponse?: (event: CustomEvent<ResponseDetail>) => void;
}

/** One operation: its reference and Try it panel (`view="try-it"`: the panel alone). */
export function TryItOperation(props: CommonProps & { operationId: string; view?: EmbedView }) {
  return useTryItElement('try-it-operation', props, {
    'operation-id': props.operationId,
    view: props.view,
  });
}

/** The whole reference, routed in memory (`router="hash"`: in the host's URL hash). */
export function TryItReference(props: CommonProps & { router?: 'memory' | 'hash' }) {
  return useTryItElement('try-it-reference', props, { router: props.router });
}

function useTryItElement(
  tag: string,
  props: CommonProps,
  own: Record<string, string | undefined>,
): ReturnType<typeof createElement> {
  const ref = useRef<HTMLElement>(null);
  const { onBeforeSend, onResponse } = props;
  useEffect(() => {
    const element = ref.current;
    if (!element || !onBeforeSend) return;
    const listener = (event: Event) => onBeforeSend(event as CustomEvent<BeforeSendDetail>);
    element.addEventListener('tryit:before-send', listener);
    return () => element.removeEventListener('tryit:before-send', listener);
  }, [onBeforeSend]);
  useEffect(() => {
    const element = ref.current;
    if (!element || !onResponse) return;
    const listener = (event: Event) => onResponse(event as CustomEvent<ResponseDetail>);
    element.addEventListener('tryit:response', listener);
    return () => element.removeEventListener('tryit:response', listener);
  }, [onResponse]);
  // Attributes, not properties: React 16 to 19 all set string attributes on custom elements alike.
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries({
    'spec-url': props.specUrl,
    'gateway-url': props.gatewayUrl,
    theme: props.theme,
    ...own,
  })) {
    if (value !== undefined) attributes[name] = value;
  }
  return createElement(tag, { ref, className: props.className, ...attributes });
}
