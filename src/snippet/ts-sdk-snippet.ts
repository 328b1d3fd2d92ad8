import { camelCaseIdentifier } from '../openapi/camel-case-identifier.ts';
import type { HttpRequest } from '../request/http-request.ts';
import { layoutLiteral } from './layout-literal.ts';
import type { SnippetContext } from './snippet-context.ts';
import { toJsonValue } from './to-json-value.ts';
import { tsLiteralStyle } from './ts-literal-style.ts';
import { tsStringLiteral } from './ts-string-literal.ts';

/**
 * The SDK call for a request: `import openai from '@utdk/openai';` then
 * `await openai.usageAudioSpeeches({ "bucket_width": "1d" });` with the request's args in their order
 * (layout rule: `layoutLiteral`). No credential, even when revealed: the SDK reads its own env var.
 */
export function tsSdkSnippet(request: HttpRequest, ctx: SnippetContext): string {
  // A legal binding already: readTryItConfig made it one (the page ships no reserved-word list).
  const client = ctx.config.sdk.client;
  const method = camelCaseIdentifier(request.operationId);
  // No prototype: a parameter named `__proto__` must stay a plain property.
  const args: Record<string, unknown> = Object.create(null);
  for (const arg of request.args) {
    if (arg.value !== undefined) args[arg.name] = arg.value;
  }
  const head = `await ${client}.${method}(`;
  const { literal, usesFs } = sdkArgsLiteral(args, head.length);
  const imports = usesFs ? `import fs from 'node:fs';\n` : '';
  return `${imports}import ${client} from ${tsStringLiteral(ctx.config.sdk.package)};\n\n${head}${literal});`;
}

// Cannot occur in typed text (NUL), so it never collides with a real value.
const FILE_PLACEHOLDER = '\u0000tryit-file:';

/**
 * An SDK call's argument object as a TypeScript literal laid out from `column` (see `layoutLiteral`), with
 * each file (a `Blob`) written as `fs.createReadStream("name")`; `usesFs` says the snippet must import fs.
 * `''` when there is nothing to pass.
 */
export function sdkArgsLiteral(
  args: Readonly<Record<string, unknown>>,
  column: number,
): { literal: string; usesFs: boolean } {
  if (Object.keys(args).length === 0) return { literal: '', usesFs: false };
  // Files cannot be written as JSON: each becomes a placeholder string, swapped for a read stream below.
  const files: string[] = [];
  const withPlaceholders = (value: unknown): unknown => {
    if (typeof Blob !== 'undefined' && value instanceof Blob) {
      files.push(value instanceof File && value.name ? value.name : 'file');
      return `${FILE_PLACEHOLDER}${files.length - 1}`;
    }
    return Array.isArray(value) ? value.map(withPlaceholders) : value;
  };
  // No prototype: a parameter named `__proto__` must stay a plain property.
  const placed: Record<string, unknown> = Object.create(null);
  for (const [name, value] of Object.entries(args)) placed[name] = withPlaceholders(value);
  let literal = layoutLiteral(toJsonValue(placed), tsLiteralStyle, 0, column, 2);
  files.forEach((name, index) => {
    literal = literal.replace(
      JSON.stringify(`${FILE_PLACEHOLDER}${index}`),
      `fs.createReadStream(${tsStringLiteral(name)})`,
    );
  });
  return { literal, usesFs: files.length > 0 };
}
