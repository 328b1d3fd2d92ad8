import type { Piece, SnippetSecret } from './snippet-parts.ts';
import { escapeTsText, tsStringLiteral } from './ts-string-literal.ts';

/**
 * A piece as a TypeScript expression: a string literal when it is all text, else a template literal reading
 * the secrets from `process.env` (`url`: URL-encoded, since the value lands in a query string).
 */
export function tsPiece(piece: Piece, context: 'header' | 'url'): string {
  if (piece.every((item) => typeof item === 'string')) return tsStringLiteral(piece.join(''));
  const body = piece
    .map((item) =>
      typeof item === 'string'
        ? escapeTsText(item, '`')
        : `${escapeTsText(item.prefix, '`')}\${${secretExpression(item, context)}}`,
    )
    .join('');
  return `\`${body}\``;
}

function secretExpression(secret: SnippetSecret, context: 'header' | 'url'): string {
  const env = `process.env.${secret.env}`;
  if (secret.encoding === 'base64') return `Buffer.from(${env} ?? '').toString('base64')`;
  return context === 'url' ? `encodeURIComponent(${env} ?? '')` : env;
}
