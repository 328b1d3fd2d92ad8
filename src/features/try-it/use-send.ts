import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import type { HttpRequest } from '../../request/http-request.ts';
import type { NamedScheme } from '../../transport/named-scheme.ts';
import { type SendResult, sendRequest } from '../../transport/send-request.ts';

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
    mutationFn: (input: SendInput & { signal: AbortSignal }) => sendRequest(input),
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
    result: mutation.data,
  };
}
