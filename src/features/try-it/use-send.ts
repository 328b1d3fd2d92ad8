import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useContext, useRef, useState } from 'react';
import type { ShownResponse } from '../../response/shown-response.ts';
import type { SendResult, StreamProgress } from '../../transport/send-request.ts';
import type { SendInput, SendState } from '../send-state.ts';
import { GATEWAY_HEALTH_KEY } from './gateway-health-query.ts';
import { SendHooksContext } from './send-hooks.ts';

/**
 * One in-flight request at a time through the gateway, cancellable; every answer goes to history. A Send
 * that failed on the way (not the API's own error, not a Cancel) rechecks the gateway's health, so the note
 * under the Gateway URL never says "reachable" about a gateway that just failed.
 */
export function useSend(): SendState {
  const queryClient = useQueryClient();
  // The embed's host page may add headers to a Send, cancel it, and hears each outcome (send-hooks.ts).
  const hooks = useContext(SendHooksContext);
  const controller = useRef<AbortController | undefined>(undefined);
  const [shown, setShown] = useState<ShownResponse>();
  const [live, setLive] = useState<StreamProgress>();
  const mutation = useMutation({
    mutationFn: async (input: SendInput & { signal: AbortSignal; at: number }) => {
      const ready = hooks?.beforeSend ? hooks.beforeSend(input) : input;
      if (!ready) return cancelledByHost();
      // The sender is not needed to render the first form: it loads with the first Send.
      const { sendRequest } = await import('../../transport/send-request.ts');
      // Only the send still current may show its stream (a replaced one may still be unwinding).
      return sendRequest({
        ...ready,
        signal: input.signal,
        onStream: (progress) => controller.current?.signal === input.signal && setLive(progress),
      });
    },
    onSettled: () => setLive(undefined),
    onSuccess: (result, input) => {
      hooks?.onResult?.(result, input);
      setShown({
        result,
        operationId: input.origin.operationId,
        request: input.request,
        values: input.origin.values,
      });
      const hop = result.failure?.hop;
      if (hop === 'browser' || hop === 'gateway' || hop === 'timeout') {
        void queryClient.invalidateQueries({ queryKey: GATEWAY_HEALTH_KEY });
      }
      // Nothing left the browser (no gateway URL, a body a GET cannot carry): nothing to keep.
      if (hop === 'config') return;
      // History (IndexedDB) is not needed for the first paint either; a failure to keep it is said there.
      void import('../history/record-history.ts').then(({ recordHistory }) =>
        recordHistory({ ...input.origin, at: input.at, request: input.request, result }, input.schemes),
      );
    },
  });
  return {
    start: (input) => {
      controller.current?.abort();
      const next = new AbortController();
      controller.current = next;
      setLive(undefined);
      mutation.mutate({ ...input, signal: next.signal, at: Date.now() });
    },
    cancel: () => controller.current?.abort(),
    pending: mutation.isPending,
    shown,
    show: setShown,
    latest: mutation.data,
    live: mutation.isPending ? live : undefined,
  };
}

/** The outcome of a Send the host page cancelled: nothing left the browser, so nothing goes to history. */
function cancelledByHost(): SendResult {
  return {
    failure: { hop: 'config', message: 'The page this panel is embedded in cancelled this request.' },
    notSent: { cookies: [], headers: [], files: [], missingCredentials: [], unsupportedSchemes: [] },
  };
}
