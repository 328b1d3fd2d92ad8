import type { HttpRequest, MultipartPart } from '../request/http-request.ts';
import { shellPiece } from './shell-piece.ts';
import { shellQuote } from './shell-quote.ts';
import type { SnippetContext } from './snippet-context.ts';
import { cookieHeader, join, type Piece, snippetParts } from './snippet-parts.ts';

/**
 * cURL command of the request, one option per line. Every user value is single-quoted (never expanded or
 * run); credentials come from `$ENV` (HTTP Basic via `-u "$ENV"`, the env var holding `user:password`).
 */
export function curlSnippet(request: HttpRequest, ctx: SnippetContext): string {
  const parts = snippetParts(request, ctx);
  const url = shellPiece(parts.url);
  // curl expands `[a-b]`/`{a,b}` in URLs (globbing): an IPv6 host or `ids[]` key must reach the server as is.
  const globoff = /[[\]{}]/.test(parts.url.filter((item) => typeof item === 'string').join('')) ? ' -g' : '';
  // `-X HEAD` would wait for a body that never comes; `-I` is curl's HEAD.
  const first =
    parts.method === 'HEAD' ? `curl -I${globoff} ${url}` : `curl -X ${parts.method}${globoff} ${url}`;
  const lines = [first];
  for (const [name, value] of parts.headers) {
    const user = basicUser(name, value);
    lines.push(user ?? `-H ${shellPiece(join([`${name}: `, ...value]))}`);
  }
  if (parts.cookies.length > 0) {
    lines.push(`-b ${shellPiece(cookieHeader(parts.cookies))}`);
  }
  const body = parts.body;
  if (body?.kind === 'json' || body?.kind === 'text') lines.push(`--data-raw ${shellQuote(body.text)}`);
  else if (body?.kind === 'urlencoded')
    lines.push(`--data-raw ${shellQuote(new URLSearchParams(body.fields).toString())}`);
  else if (body?.kind === 'multipart') for (const part of body.parts) lines.push(formOption(part));
  // The file's bytes as they are (never multipart): `@` reads the file, --data-binary keeps newlines.
  else if (body?.kind === 'binary') lines.push(`--data-binary ${shellQuote(`@${body.fileName}`)}`);
  return lines.join(' \\\n  ');
}

/** `-u "$ENV"` for a Basic header whose whole value is the env var: curl encodes it, no subshell needed. */
function basicUser(name: string, value: Piece): string | undefined {
  const [only, ...rest] = value;
  if (rest.length > 0 || typeof only !== 'object' || name.toLowerCase() !== 'authorization') return undefined;
  return only.encoding === 'base64' && only.prefix === 'Basic ' ? `-u "$${only.env}"` : undefined;
}

function formOption(part: MultipartPart): string {
  // --form-string takes the value literally; -F would read a file for a value starting with `@` or `<`.
  if (part.kind === 'text') return `--form-string ${shellQuote(`${part.name}=${part.value}`)}`;
  const type = part.contentType === '' ? '' : `;type=${part.contentType}`;
  return `-F ${shellQuote(`${part.name}=@${curlFormQuote(part.fileName)}${type}`)}`;
}

/** curl's own quoting of a `-F` file name, so `;` or `,` in it are not read as options. */
function curlFormQuote(fileName: string): string {
  return `"${fileName.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}
