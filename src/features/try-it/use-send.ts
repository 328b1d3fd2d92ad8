import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { HttpRequest } from '../../request/http-request.ts';
import type { ShownResponse } from '../../response/shown-response.ts';
import type { NamedScheme } from '../../transport/named-scheme.ts';
import type { StreamProgress } from '../../transport/send-request.ts';
import { preloadResponseDetails } from '../response/ResponsePanel.tsx';

/** Where a request comes from: history keeps its answer under this API and operation, with these values. */
export interface SendOrigin {
  apiId: string;
  operationId: string;
  /** The form values the request was built from (text only is kept, never a credential). */
  values: Readonly<Record<string, unknown>>;
  /** The credentials the user typed, to keep out of history even when the gateway holds the key. */
  secrets: readonly string[];
}

export interface SendInput {
  gatewayUrl: string;
  request: HttpRequest;
  schemes: NamedScheme[];
  credentials: Record<string, string>;
  origin: SendOrigin;
}

export interface SendState {
  start: (input: SendInput) => void;
  cancel: () => void;
  pending: boolean;
  /** The answer on show: the latest, or one picked from history, or pages merged by "Load all pages". */
  shown: ShownResponse | undefined;
  show: (shown: ShownResponse) => void;
  /** A streaming response (server-sent events) as far as it has arrived, while it is still arriving. */
  live: StreamProgress | undefined;
}

/** One in-flight request at a time through the gateway, cancellable; every answer goes to history. */
export function useSend(): SendState {
  const controller = useRef<AbortController | undefined>(undefined);
  const [shown, setShown] = useState<ShownResponse>();
  const [live, setLive] = useState<StreamProgress>();
  const mutation = useMutation({
    mutationFn: async (input: SendInput & { signal: AbortSignal; at: number }) => {
      // The sender is not needed to render the first form: it loads with the first Send.
      const { sendRequest } = await import('../../transport/send-request.ts');
      // Only the send still current may show its stream (a replaced one may still be unwinding).
      return sendRequest({
        ...input,
        onStream: (progress) => controller.current?.signal === input.signal && setLive(progress),
      });
    },
    onSettled: () => setLive(undefined),
    onSuccess: (result, input) => {
      setShown({
        result,
        operationId: input.origin.operationId,
        request: input.request,
        values: input.origin.values,
      });
      // Nothing left the browser (no gateway URL, a body a GET cannot carry): nothing to keep.
      if (result.failure?.hop === 'config') return;
      // History (IndexedDB) is not needed for the first paint either; a failure to keep it is said there.
      void import('../history/record-history.ts').then(({ recordHistory }) =>
        recordHistory({ ...input.origin, at: input.at, request: input.request, result }, input.schemes),
      );
    },
  });
  return {
    start: (input) => {
      controller.current?.abort();
      preloadResponseDetails();
      const next = new AbortController();
      controller.current = next;
      setLive(undefined);
      mutation.mutate({ ...input, signal: next.signal, at: Date.now() });
    },
    cancel: () => controller.current?.abort(),
    pending: mutation.isPending,
    shown,
    show: setShown,
    live: mutation.isPending ? live : undefined,
  };
}
