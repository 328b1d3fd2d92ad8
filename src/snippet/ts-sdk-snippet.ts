import type { HttpRequest } from '../request/http-request.ts';
import { bindingIdentifier } from './binding-identifier.ts';
import { camelCaseIdentifier } from './camel-case-identifier.ts';
import { layoutLiteral } from './layout-literal.ts';
import type { SnippetContext } from './snippet-context.ts';
import { toJsonValue } from './to-json-value.ts';
import { tsLiteralStyle } from './ts-literal-style.ts';
import { tsStringLiteral } from './ts-string-literal.ts';

// Cannot occur in typed text (NUL), so it never collides with a real value.
const FILE_PLACEHOLDER = '\u0000tryit-file:';

/**
 * The SDK call for a request: `import openai from '@utdk/openai';` then
 * `await openai.usageAudioSpeeches({ "bucket_width": "1d" });` with the request's args in their order
 * (layout rule: `layoutLiteral`). No credential, even when revealed: the SDK reads its own env var.
 */
export function tsSdkSnippet(request: HttpRequest, ctx: SnippetContext): string {
  const client = bindingIdentifier(ctx.config.sdk.client);
  const method = camelCaseIdentifier(request.operationId);
  // No prototype: a parameter named `__proto__` must stay a plain property.
  const args: Record<string, unknown> = Object.create(null);
  // Files cannot be written as JSON: each becomes a placeholder string, swapped for a read stream below.
  const files: string[] = [];
  const withPlaceholders = (value: unknown): unknown => {
    if (typeof Blob !== 'undefined' && value instanceof Blob) {
      files.push(value instanceof File && value.name ? value.name : 'file');
      return `${FILE_PLACEHOLDER}${files.length - 1}`;
    }
    return Array.isArray(value) ? value.map(withPlaceholders) : value;
  };
  for (const arg of request.args) {
    if (arg.value !== undefined) args[arg.name] = withPlaceholders(arg.value);
  }
  const head = `await ${client}.${method}(`;
  let argument =
    Object.keys(args).length === 0 ? '' : layoutLiteral(toJsonValue(args), tsLiteralStyle, 0, head.length, 2);
  files.forEach((name, index) => {
    argument = argument.replace(
      JSON.stringify(`${FILE_PLACEHOLDER}${index}`),
      `fs.createReadStream(${tsStringLiteral(name)})`,
    );
  });
  const imports = files.length > 0 ? `import fs from 'node:fs';\n` : '';
  return `${imports}import ${client} from ${tsStringLiteral(ctx.config.sdk.package)};\n\n${head}${argument});`;
}
