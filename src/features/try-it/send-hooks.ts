import { createContext } from 'react';
import type { SendResult } from '../../transport/send-request.ts';
import type { SendInput } from '../send-state.ts';

/**
 * What a page around the panel may do with each Send (the embed's `tryit:before-send` and `tryit:response`
 * events): change the input (add headers) or cancel it (`undefined`), and hear the outcome. The app itself
 * provides none.
 */
export interface SendHooks {
  beforeSend?: (input: SendInput) => SendInput | undefined;
  onResult?: (result: SendResult, input: SendInput) => void;
}

/** The hooks of the page around the panel; none in the app. */
export const SendHooksContext = createContext<SendHooks | undefined>(undefined);
