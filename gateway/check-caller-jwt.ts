import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import { type CallerChecker, type CallerVerdict, singleHeader } from './caller-verdict.ts';
import { hashToken } from './check-caller-token.ts';
import { compileOperationGlobs } from './compile-operation-globs.ts';
import type { CallerConfig } from './load-config.ts';

type JwtConfig = Extract<CallerConfig, { kind: 'jwt' }>;

/** Longest JWT accepted: far above any real one, well below what would let a caller make the gateway work hard. */
const MAX_JWT_LENGTH = 16 * 1024;

/**
 * The JWT check, with `jose`: the signature is verified against the operator's JWKS (fetched on first use,
 * cached, fetched again when a token names an unknown `kid`, at most once per cooldown), then `iss`, `aud`,
 * `exp` and `nbf` (with a small clock tolerance). Only the configured asymmetric algorithms pass, so
 * `alg: none` and HMAC-with-a-public-key tricks fail. With `scopes`, the scope claim decides which operations
 * the caller may use. The caller id is `sub:<subject>`, or a hash prefix of the token when it has no subject.
 */
export function createJwtCheck(config: JwtConfig): CallerChecker {
  const keys = createRemoteJWKSet(config.jwksUrl, {
    cooldownDuration: config.jwksCooldownMs,
    timeoutDuration: 5000,
  });
  const scopeTests = config.scopes
    ? Object.entries(config.scopes.operations).map(
        ([scope, globs]) => [scope, compileOperationGlobs(globs)] as const,
      )
    : undefined;
  const shownHeader = config.header;
  const unauthenticated = (message: string): CallerVerdict => ({
    ok: false,
    code: 'caller_unauthenticated',
    message,
  });

  return {
    mode: 'jwt',
    header: config.header,
    async check(headers) {
      const token = singleHeader(headers, config.header);
      if (token === undefined)
        return unauthenticated(`this gateway needs a signed JWT in the ${shownHeader} header`);
      if (token.length > MAX_JWT_LENGTH) return unauthenticated('the JWT is too long');
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          issuer: config.issuer,
          audience: config.audience,
          algorithms: config.algorithms,
          clockTolerance: config.clockToleranceSeconds,
        }));
      } catch (error) {
        return refusal(error);
      }
      const sub = typeof payload.sub === 'string' && payload.sub !== '' ? payload.sub : undefined;
      const id = sub ? `sub:${safeId(sub)}` : `jwt:${hashToken(token).toString('hex').slice(0, 12)}`;
      if (!scopeTests || !config.scopes) return { ok: true, id };
      const held = scopesOf(payload[config.scopes.claim]);
      const granted = scopeTests.filter(([scope]) => held.has(scope)).map(([, test]) => test);
      return { ok: true, id, mayUse: (operationId) => granted.some((test) => test(operationId)) };
    },
  };
}

/** Why a token was refused, in words safe to hand back (they say which check failed, not any key material). */
function refusal(error: unknown): CallerVerdict {
  if (!(error instanceof errors.JOSEError)) {
    return {
      ok: false,
      code: 'caller_check_unavailable',
      message: 'the key set (JWKS) could not be fetched',
    };
  }
  const message = (text: string): CallerVerdict => ({
    ok: false,
    code: 'caller_unauthenticated',
    message: text,
  });
  switch (error.code) {
    case 'ERR_JWT_EXPIRED':
      return message('the JWT has expired');
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED': {
      const claim = (error as errors.JWTClaimValidationFailed).claim;
      if (claim === 'nbf') return message('the JWT is not valid yet');
      if (claim === 'iat') return message('the JWT was issued in the future');
      if (claim === 'iss') return message('the JWT has another issuer');
      if (claim === 'aud') return message('the JWT is for another audience');
      return message(`the JWT's ${claim} claim is not valid`);
    }
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return message('the JWT is signed with an algorithm this gateway does not accept');
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return message('the JWT signature is not valid');
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return message('no key of the key set (JWKS) matches the JWT');
    case 'ERR_JWKS_TIMEOUT':
    case 'ERR_JWKS_INVALID':
    case 'ERR_JOSE_GENERIC':
      return {
        ok: false,
        code: 'caller_check_unavailable',
        message: 'the key set (JWKS) could not be fetched',
      };
    default:
      return message('the JWT is not valid');
  }
}

/** A claim holding scopes: a space-separated string (OAuth) or a list of strings. */
function scopesOf(claim: unknown): Set<string> {
  if (typeof claim === 'string') return new Set(claim.split(' ').filter(Boolean));
  if (Array.isArray(claim)) return new Set(claim.filter((item): item is string => typeof item === 'string'));
  return new Set();
}

/** A subject made safe for one log line: visible ASCII only, at most 128 characters. */
function safeId(sub: string): string {
  const visible = sub.replace(/[^\x21-\x7e]/g, '_');
  return visible.length > 128 ? `${visible.slice(0, 128)}…` : visible;
}
