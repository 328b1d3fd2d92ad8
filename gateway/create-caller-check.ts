import { readFileSync } from 'node:fs';
import type { CallerChecker } from './caller-verdict.ts';
import { createJwtCheck } from './check-caller-jwt.ts';
import { createTokenCheck, tokensFromHashFile, tokensFromList } from './check-caller-token.ts';
import type { CallerConfig } from './load-config.ts';

/**
 * The caller check the configuration asks for, or undefined when callers are not checked. A tokens file is read
 * here, once, at start-up (an unreadable or empty file stops the gateway from starting).
 */
export function createCallerCheck(
  config: CallerConfig,
  readFile: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): CallerChecker | undefined {
  if (config.kind === 'none') return undefined;
  if (config.kind === 'jwt') return createJwtCheck(config);
  const known = tokensFromList(config.tokens);
  if (config.tokensFile !== undefined) {
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
