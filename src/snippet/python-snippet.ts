import type { HttpRequest, MultipartPart } from '../request/http-request.ts';
import { layoutLiteral } from './layout-literal.ts';
import { pythonLiteralStyle } from './python-literal-style.ts';
import { pythonStringLiteral } from './python-string-literal.ts';
import type { SnippetContext } from './snippet-context.ts';
import type { Piece } from './snippet-parts.ts';
import { snippetParts } from './snippet-parts.ts';

const SHORTCUTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const INDENT = '    ';
const WIDTH = pythonLiteralStyle.width;

/**
 * Python `requests` call of the request: query as a list of tuples (repeated keys survive), credentials from
 * `os.environ`, JSON via `json=`, multipart via `files=` (every part, in order).
 */
export function pythonSnippet(request: HttpRequest, ctx: SnippetContext): string {
  const parts = snippetParts(request, ctx);
  const imports = new Set<string>();
  const piece = (value: Piece) => pythonPiece(value, imports);
  const call = SHORTCUTS.has(parts.method)
    ? `requests.${parts.method.toLowerCase()}(`
    : `requests.request(${pythonStringLiteral(parts.method)}, `;
  const args: string[] = [pythonStringLiteral(parts.endpoint)];

  if (parts.query.length > 0)
    args.push(
      `params=${pairs(
        parts.query.map(([name, value]) => [pythonStringLiteral(name), piece(value)]),
        'params=',
      )}`,
    );
  if (parts.headers.length > 0)
    args.push(
      `headers=${dict(
        parts.headers.map(([name, value]) => [pythonStringLiteral(name), piece(value)]),
        'headers=',
      )}`,
    );
  if (parts.cookies.length > 0)
    args.push(
      `cookies=${dict(
        parts.cookies.map(([name, value]) => [pythonStringLiteral(name), piece(value)]),
        'cookies=',
      )}`,
    );

  const body = parts.body;
  if (body?.kind === 'json') {
    args.push(
      parts.jsonLiteral !== undefined
        ? `json=${layoutLiteral(parts.jsonLiteral, pythonLiteralStyle, 1, INDENT.length + 5, 1)}`
        : `data=${pythonStringLiteral(body.text)}`,
    );
  } else if (body?.kind === 'text') {
    args.push(`data=${pythonStringLiteral(body.text)}`);
  } else if (body?.kind === 'urlencoded') {
    args.push(
      `data=${pairs(
        body.fields.map(([name, value]) => [pythonStringLiteral(name), pythonStringLiteral(value)]),
        'data=',
      )}`,
    );
  } else if (body?.kind === 'multipart') {
    // Every part in files=, in the form's order: requests puts data= fields before files= ones, which would
    // reorder the parts. A text part is `(name, (None, value))`: no file name, sent as a plain field.
    args.push(`files=${pairs(body.parts.map(partTuple), 'files=')}`);
  } else if (body?.kind === 'binary') {
    // A file object as `data=`: requests streams its bytes as they are (never multipart).
    args.push(`data=open(${pythonStringLiteral(body.fileName)}, "rb")`);
  }

  const head = [...imports].sort().map((name) => `import ${name}`);
  return [
    ...(head.length > 0 ? [...head, ''] : []),
    'import requests',
    '',
    `response = ${call}`,
    ...args.map((arg) => `${INDENT}${arg},`),
    ')',
    'print(response.status_code, response.text)',
  ].join('\n');
}

/** `"Bearer " + os.environ["ENV"]`; Basic secrets are base64-encoded by Python itself. */
function pythonPiece(piece: Piece, imports: Set<string>): string {
  if (piece.length === 0) return '""';
  return piece
    .flatMap((item) => {
      if (typeof item === 'string') return [pythonStringLiteral(item)];
      imports.add('os');
      const env = `os.environ[${pythonStringLiteral(item.env)}]`;
      let value = env;
      if (item.encoding === 'base64') {
        imports.add('base64');
        value = `base64.b64encode(${env}.encode()).decode()`;
      }
      return item.prefix === '' ? [value] : [pythonStringLiteral(item.prefix), value];
    })
    .join(' + ');
}

/** A list of 2-tuples: one line when it fits, else one tuple per line. */
function pairs(items: [string, string][], label: string): string {
  return container(
    '[',
    ']',
    items.map(([a, b]) => `(${a}, ${b})`),
    label,
  );
}

function dict(items: [string, string][], label: string): string {
  return container(
    '{',
    '}',
    items.map(([key, value]) => `${key}: ${value}`),
    label,
  );
}

function container(open: string, close: string, items: string[], label: string): string {
  const flat = `${open}${items.join(', ')}${close}`;
  if (INDENT.length + label.length + flat.length + 1 <= WIDTH) return flat;
  return `${open}\n${items.map((item) => `${INDENT}${INDENT}${item},`).join('\n')}\n${INDENT}${close}`;
}

function partTuple(part: MultipartPart): [string, string] {
  if (part.kind === 'text')
    return [pythonStringLiteral(part.name), `(None, ${pythonStringLiteral(part.value)})`];
  const name = pythonStringLiteral(part.fileName);
  const type = part.contentType === '' ? '' : `, ${pythonStringLiteral(part.contentType)}`;
  return [pythonStringLiteral(part.name), `(${name}, open(${name}, "rb")${type})`];
}
