import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { HttpRequest } from '../../request/http-request.ts';
import type { SentEntry } from '../../response/sent-entry.ts';
import type { NamedScheme } from '../../transport/named-scheme.ts';
import type { SendResult } from '../../transport/send-request.ts';
import { GATEWAY_HEALTH_KEY } from './gateway-health-query.ts';

export interface SendInput {
  gatewayUrl: string;
  request: HttpRequest;
  schemes: NamedScheme[];
  credentials: Record<string, string>;
}

export interface SendState {
  start: (input: SendInput) => void;
  cancel: () => void;
  pending: boolean;
  /** The outcome on show: the latest, or an earlier one the user picked from `history`. */
  result: SendResult | undefined;
  /** This session's sends, newest first (at most 10; kept in memory only, never stored). */
  history: SentEntry[];
  shownId: number | undefined;
  show: (id: number) => void;
}

const HISTORY_SIZE = 10;

/**
 * One in-flight request at a time through the gateway, cancellable; recent outcomes are kept to compare. A
 * Send that failed on the way (not the API's own error, not a Cancel) rechecks the gateway's health, so the
 * note under the Gateway URL never says "reachable" about a gateway that just failed.
 */
export function useSend(): SendState {
  const queryClient = useQueryClient();
  const controller = useRef<AbortController | undefined>(undefined);
  const nextId = useRef(1);
  const [history, setHistory] = useState<SentEntry[]>([]);
  const [shownId, setShownId] = useState<number>();
  const mutation = useMutation({
    mutationFn: async (input: SendInput & { signal: AbortSignal }) => {
      // The sender is not needed to render the first form: it loads with the first Send.
      const { sendRequest } = await import('../../transport/send-request.ts');
      return sendRequest(input);
    },
    onSuccess: (result, input) => {
      const entry: SentEntry = {
        id: nextId.current++,
        at: new Date(),
        method: input.request.method,
        path: input.request.path,
        result,
      };
      setHistory((all) => [entry, ...all].slice(0, HISTORY_SIZE));
      setShownId(entry.id);
      const hop = result.failure?.hop;
      if (hop === 'browser' || hop === 'gateway' || hop === 'timeout') {
        void queryClient.invalidateQueries({ queryKey: GATEWAY_HEALTH_KEY });
      }
    },
  });
  return {
    start: (input) => {
      controller.current?.abort();
      const next = new AbortController();
      controller.current = next;
      mutation.mutate({ ...input, signal: next.signal });
    },
    cancel: () => controller.current?.abort(),
    pending: mutation.isPending,
    result: history.find((entry) => entry.id === shownId)?.result,
    history,
    shownId,
    show: setShownId,
  };
}
