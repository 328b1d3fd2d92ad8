import type { SendResult } from '../transport/send-request.ts';

/**
 * One finished send of this session: when, what, and what came back. Shared by the sender (which records it)
 * and the response view (which lists it), so neither feature imports the other.
 */
export interface SentEntry {
  id: number;
  at: Date;
  method: string;
  path: string;
  result: SendResult;
}
