import type { CallerChecker } from './caller-verdict.ts';
import { createJwtCheck } from './check-caller-jwt.ts';
import { createTokenCheck, tokensFromHashFile, tokensFromList } from './check-caller-token.ts';
import type { CallerConfig } from './load-config.ts';

/**
 * The caller check the configuration asks for, or undefined when callers are not checked; every engine (node:http,
 * the Web-standard handler on Node and on workerd) builds its check here. A tokens file is read here, once, at
 * start-up, with `readFile` (an unreadable or empty file stops the gateway from starting); a runtime without a
 * file system passes none, and then GATEWAY_CALLER_TOKENS_FILE stops the start with a message saying so.
 */
export function createCallerCheck(
  config: CallerConfig,
  readFile?: (file: string) => string,
): CallerChecker | undefined {
  if (config.kind === 'none') return undefined;
  if (config.kind === 'jwt') return createJwtCheck(config);
  const known = tokensFromList(config.tokens);
  if (config.tokensFile !== undefined) {
    if (readFile === undefined) {
      throw new Error(
        'GATEWAY_CALLER_TOKENS_FILE needs a file system, which this runtime does not have: use GATEWAY_CALLER_TOKENS (as a secret)',
      );
    }
    let text: string;
    try {
      text = readFile(config.tokensFile);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new Error(`GATEWAY_CALLER_TOKENS_FILE ${config.tokensFile} cannot be read (${code})`);
    }
    known.push(...tokensFromHashFile(text));
  }
  return createTokenCheck(known);
}
