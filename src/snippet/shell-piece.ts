import { shellQuote } from './shell-quote.ts';
import type { Piece, SnippetSecret } from './snippet-parts.ts';

// Text that means the same inside double quotes in every POSIX shell, interactive bash included
// (`!` would trigger history expansion there, so it is not in the list).
const PLAIN_IN_DOUBLE_QUOTES = /^[A-Za-z0-9 _:;.,/+=@%-]*$/;

/**
 * A piece as one shell word. All text → single-quoted. With secrets → `"Authorization: Bearer $ENV"` when
 * the text around them is plain, else single-quoted text glued to `"$ENV"`. Either way the only expansion
 * is the env var itself. A base64 secret is encoded by the shell: `$(printf '%s' "$ENV" | base64 | tr -d '\n')`
 * (GNU base64 wraps long output).
 */
export function shellPiece(piece: Piece): string {
  if (piece.every((item) => typeof item === 'string')) return shellQuote(piece.join(''));
  const texts = piece.flatMap((item) => (typeof item === 'string' ? [item] : [item.prefix]));
  if (texts.every((text) => PLAIN_IN_DOUBLE_QUOTES.test(text))) {
    const inner = piece.map((item, index) => {
      if (typeof item === 'string') return item;
      const next = piece[index + 1];
      // `$ENV_x` would be another variable: brace the name when a name character follows.
      const braced = typeof next === 'string' && /^\w/.test(next);
      return item.prefix + expansion(item, braced);
    });
    return `"${inner.join('')}"`;
  }
  return piece
    .map((item) => {
      if (typeof item === 'string') return shellQuote(item);
      return `${item.prefix === '' ? '' : shellQuote(item.prefix)}"${expansion(item, false)}"`;
    })
    .join('');
}

function expansion(secret: SnippetSecret, braced: boolean): string {
  const variable = braced ? `\${${secret.env}}` : `$${secret.env}`;
  return secret.encoding === 'base64' ? `$(printf '%s' "${variable}" | base64 | tr -d '\\n')` : variable;
}
