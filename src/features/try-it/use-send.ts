import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import type { HttpRequest } from '../../request/http-request.ts';
import type { NamedScheme } from '../../transport/named-scheme.ts';
import type { SendResult } from '../../transport/send-request.ts';
import { preloadResponseDetails } from '../response/ResponsePanel.tsx';

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
  result: SendResult | undefined;
}

/** One in-flight request at a time through the gateway, cancellable; the latest outcome is kept. */
export function useSend(): SendState {
  const controller = useRef<AbortController | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: async (input: SendInput & { signal: AbortSignal }) => {
      // The sender is not needed to render the first form: it loads with the first Send.
      const { sendRequest } = await import('../../transport/send-request.ts');
      return sendRequest(input);
    },
  });
  return {
    start: (input) => {
      controller.current?.abort();
      preloadResponseDetails();
      const next = new AbortController();
      controller.current = next;
      mutation.mutate({ ...input, signal: next.signal });
    },
    cancel: () => controller.current?.abort(),
    pending: mutation.isPending,
    result: mutation.data,
  };
}
