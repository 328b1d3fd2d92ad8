import type { HttpRequest, MultipartPart } from '../request/http-request.ts';
import { layoutLiteral } from './layout-literal.ts';
import type { SnippetContext } from './snippet-context.ts';
import { cookieHeader, snippetParts } from './snippet-parts.ts';
import { tsLiteralStyle } from './ts-literal-style.ts';
import { tsPiece } from './ts-piece.ts';
import { tsStringLiteral } from './ts-string-literal.ts';

/**
 * TypeScript (Node 20+) `fetch` of the request against the API (or the gateway when `ctx.gatewayUrl` is set),
 * credentials from `process.env`, JSON via `JSON.stringify`, multipart via `FormData` + `openAsBlob`, a raw
 * file body streamed from disk.
 */
export function fetchSnippet(request: HttpRequest, ctx: SnippetContext): string {
  const parts = snippetParts(request, ctx);
  const imports: string[] = [];
  const prelude: string[] = [];
  const options: string[] = [`  method: ${tsStringLiteral(parts.method)},`];

  const headers = [...parts.headers];
  // Node's fetch (undici) sends a Cookie header; only browsers forbid it.
  if (parts.cookies.length > 0) headers.push(['Cookie', cookieHeader(parts.cookies)]);
  if (headers.length > 0) {
    options.push('  headers: {');
    for (const [name, value] of headers)
      options.push(`    ${propertyKey(name)}: ${tsPiece(value, 'header')},`);
    options.push('  },');
  }

  const body = parts.body;
  if (body?.kind === 'json') {
    if (parts.jsonLiteral !== undefined) {
      const head = '  body: JSON.stringify(';
      options.push(`${head}${layoutLiteral(parts.jsonLiteral, tsLiteralStyle, 1, head.length, 2)}),`);
    } else {
      options.push(`  body: ${tsStringLiteral(body.text)},`);
    }
  } else if (body?.kind === 'text') {
    options.push(`  body: ${tsStringLiteral(body.text)},`);
  } else if (body?.kind === 'urlencoded') {
    options.push('  body: new URLSearchParams([');
    for (const [name, value] of body.fields)
      options.push(`    [${tsStringLiteral(name)}, ${tsStringLiteral(value)}],`);
    options.push('  ]),');
  } else if (body?.kind === 'multipart') {
    prelude.push('const form = new FormData();');
    for (const part of body.parts) prelude.push(formAppend(part));
    prelude.push('');
    if (body.parts.some((part) => part.kind === 'file'))
      imports.push("import { openAsBlob } from 'node:fs';", '');
    options.push('  body: form,');
  } else if (body?.kind === 'binary') {
    // The file's bytes as they are, streamed; Node's fetch needs `duplex: 'half'` for a stream body.
    imports.push(
      "import { createReadStream } from 'node:fs';",
      "import { Readable } from 'node:stream';",
      '',
    );
    options.push(`  body: Readable.toWeb(createReadStream(${tsStringLiteral(body.fileName)})),`);
    options.push("  duplex: 'half',");
  }

  return [
    ...imports,
    ...prelude,
    `const response = await fetch(${tsPiece(parts.url, 'url')}, {`,
    ...options,
    '});',
    '',
    'console.log(response.status, await response.text());',
  ].join('\n');
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : tsStringLiteral(name);
}

function formAppend(part: MultipartPart): string {
  const name = tsStringLiteral(part.name);
  if (part.kind === 'text') return `form.append(${name}, ${tsStringLiteral(part.value)});`;
  const file = tsStringLiteral(part.fileName);
  const type = part.contentType === '' ? '' : `, { type: ${tsStringLiteral(part.contentType)} }`;
  return `form.append(${name}, await openAsBlob(${file}${type}), ${file});`;
}
