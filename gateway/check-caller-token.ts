import { hash as oneShotHash, timingSafeEqual } from 'node:crypto';
import { GATEWAY_TOKEN_HEADER } from '../contract/gateway-contract.ts';
import { type CallerChecker, type CallerVerdict, singleHeader } from './caller-verdict.ts';

/** A caller token the gateway knows, by its SHA-256 only, with the id its requests are logged under. */
export interface KnownToken {
  hash: Buffer;
  id: string;
}

const HEX_HASH = /^[0-9a-fA-F]{64}$/;
const LABEL = /^[A-Za-z0-9._-]{1,64}$/;

/** The SHA-256 of a token (UTF-8). */
export function hashToken(token: string): Buffer {
  // One-shot hashing (node:crypto hash, Node 20.12+): about a third of createHash's cost for a short input.
  return oneShotHash('sha256', token, 'buffer');
}

/** The id a token's requests are logged and rate-limited under: a prefix of its hash, which says nothing usable. */
function hashId(hash: Buffer): string {
  return `token:${hash.toString('hex').slice(0, 12)}`;
}

/** Known tokens from raw tokens (`GATEWAY_CALLER_TOKENS`): hashed at once, the raw text is not kept. */
export function tokensFromList(tokens: readonly string[]): KnownToken[] {
  return tokens.map((token) => {
    const hash = hashToken(token);
    return { hash, id: hashId(hash) };
  });
}

/**
 * Known tokens from the text of a hashes file (`GATEWAY_CALLER_TOKENS_FILE`): one lowercase or uppercase hex
 * SHA-256 per line, optionally followed by a label (`[A-Za-z0-9._-]`, used as the caller id); blank lines and
 * `#` comments are skipped. Throws naming the line, never echoing it (it could be a pasted token).
 */
export function tokensFromHashFile(text: string): KnownToken[] {
  const known: KnownToken[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [hex = '', label, ...rest] = line.split(/\s+/);
    if (!HEX_HASH.test(hex) || rest.length > 0 || (label !== undefined && !LABEL.test(label))) {
      throw new Error(
        `GATEWAY_CALLER_TOKENS_FILE line ${index + 1} is not "<sha-256 hex> [label]" (make a hash with: printf %s "$TOKEN" | sha256sum)`,
      );
    }
    const hash = Buffer.from(hex, 'hex');
    known.push({ hash, id: label === undefined ? hashId(hash) : `token:${label}` });
  });
  if (known.length === 0) throw new Error('GATEWAY_CALLER_TOKENS_FILE holds no token hashes');
  return known;
}

/**
 * The token check: the caller sends its token in `X-Gateway-Token` (never `Authorization`, which belongs to the
 * API). The presented token is hashed and compared with every known hash in constant time, without stopping
 * at a match, so the time taken says nothing about which token, or how much of one, was right.
 */
export function createTokenCheck(known: readonly KnownToken[]): CallerChecker {
  const unauthenticated = (message: string): CallerVerdict => ({
    ok: false,
    code: 'caller_unauthenticated',
    message,
  });
  return {
    mode: 'token',
    header: GATEWAY_TOKEN_HEADER,
    check(headers) {
      const presented = singleHeader(headers, GATEWAY_TOKEN_HEADER);
      if (presented === undefined) {
        return unauthenticated('this gateway needs a gateway access token in the X-Gateway-Token header');
      }
      const hash = hashToken(presented);
      let matched: KnownToken | undefined;
      for (const candidate of known) {
        if (timingSafeEqual(hash, candidate.hash) && matched === undefined) matched = candidate;
      }
      return matched
        ? { ok: true, id: matched.id }
        : unauthenticated('the gateway access token is not valid');
    },
  };
}
