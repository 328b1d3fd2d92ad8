import type { HttpRequest } from '../request/http-request.ts';
import { bindingIdentifier } from './binding-identifier.ts';
import { camelCaseIdentifier } from './camel-case-identifier.ts';
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
  const client = bindingIdentifier(ctx.config.sdk.client);
  const method = camelCaseIdentifier(request.operationId);
  // No prototype: a parameter named `__proto__` must stay a plain property.
  const args: Record<string, unknown> = Object.create(null);
  for (const arg of request.args) {
    if (arg.value !== undefined) args[arg.name] = arg.value;
  }
  const head = `await ${client}.${method}(`;
  const argument =
    Object.keys(args).length === 0 ? '' : layoutLiteral(toJsonValue(args), tsLiteralStyle, 0, head.length, 2);
  return `import ${client} from ${tsStringLiteral(ctx.config.sdk.package)};\n\n${head}${argument});`;
}
