import { countOf } from '../schema-check/rule-message.ts';
import { type NumberBounds, numberHint } from './number-hint.ts';

/** Every documented limit a hint tells about. */
export interface HintBounds extends NumberBounds {
  multipleOf?: number | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  minItems?: number | undefined;
  maxItems?: number | undefined;
}

/**
 * The one wording of limits under a control, for parameters and body properties alike:
 * `1 to 168, default 24 when bucket_width is 1h`, `more than 0`, `at most 4 characters`, `at least 1 item`.
 */
export function boundsHint(b: HintBounds): string | undefined {
  const extra: string[] = [];
  if (b.multipleOf !== undefined) extra.push(`multiple of ${b.multipleOf}`);
  const range = (min: number | undefined, max: number | undefined, noun: string) => {
    if (min !== undefined && max !== undefined) extra.push(`${min} to ${countOf(max, noun)}`);
    else if (min !== undefined) extra.push(`at least ${countOf(min, noun)}`);
    else if (max !== undefined) extra.push(`at most ${countOf(max, noun)}`);
  };
  range(b.minLength, b.maxLength, 'character');
  range(b.minItems, b.maxItems, 'item');
  return numberHint(b, extra);
}
