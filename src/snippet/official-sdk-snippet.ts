import { isBlob } from '../form/is-blob.ts';
import { isRecord } from '../openapi/is-record.ts';
import type { HttpRequest } from '../request/http-request.ts';
import { layoutLiteral } from './layout-literal.ts';
import type { SnippetContext } from './snippet-context.ts';
import { toJsonValue } from './to-json-value.ts';
import { tsLiteralStyle } from './ts-literal-style.ts';
import { sdkArgsLiteral } from './ts-sdk-snippet.ts';
import { tsStringLiteral } from './ts-string-literal.ts';

/**
 * A call through the API's published SDK (`x-tryit.officialSdk`):
 * `import OpenAI from 'openai'; const client = new OpenAI(); await client.admin.organization.usage.costs({…})`.
 * Path, query and body values go into the params object by name (a JSON object body spread into it, as
 * Stainless-style SDKs take it); header parameters go into the request options. The key is never written:
 * the SDK reads its own environment variable. With `ctx.gatewayUrl` the client's base URL is the gateway, and with
 * `ctx.gatewayTokenEnv` too (a gateway that checks its callers) the client sends `X-Gateway-Token` on every
 * request, read from that environment variable (`defaultHeaders`, the Stainless-style constructor option); the
 * token itself is never written, revealed or not, and never goes to the API directly.
 */
export function officialSdkSnippet(request: HttpRequest, ctx: SnippetContext): string {
  const sdk = ctx.config.officialSdk;
  const method = ctx.sdkMethod;
  if (!sdk || !method) return `// This API names no SDK method for ${request.operationId}.`;

  // No prototype: a parameter named `__proto__` must stay a plain property.
  const params: Record<string, unknown> = Object.create(null);
  const headers: Record<string, unknown> = Object.create(null);
  for (const arg of request.args) {
    if (arg.value === undefined || arg.in === 'cookie') continue;
    if (arg.in === 'header') headers[arg.name] = arg.value;
    else if (arg.in === 'body' && arg.name === 'body' && isRecord(arg.value) && !isBlob(arg.value))
      for (const [name, value] of Object.entries(arg.value)) params[name] = value;
    else params[arg.name] = arg.value;
  }

  const options: string[] = [];
  const gateway = ctx.gatewayUrl?.trim();
  if (gateway) options.push(`${sdk.baseUrlOption}: ${tsStringLiteral(gateway)}`);
  if (gateway && ctx.gatewayTokenEnv) {
    options.push(`defaultHeaders: { 'X-Gateway-Token': ${processEnv(ctx.gatewayTokenEnv)} }`);
  }
  const construct =
    options.length > 1
      ? `const ${sdk.client} = new ${sdk.importName}({\n${options.map((option) => `  ${option},\n`).join('')}});`
      : `const ${sdk.client} = new ${sdk.importName}(${options.length > 0 ? `{ ${options[0]} }` : ''});`;

  const head = `const response = await ${sdk.client}.${method}(`;
  const { literal, usesFs } = sdkArgsLiteral(params, head.length);
  let call = `${head}${literal}`;
  if (Object.keys(headers).length > 0) {
    // The SDK types the params argument as required; `{}` keeps the options in second place.
    const withHeaders = `${literal === '' ? '{}' : literal}, { headers: `;
    call = `${head}${withHeaders}${layoutLiteral(toJsonValue(headers), tsLiteralStyle, 0, lastLineLength(head + withHeaders), 4)} }`;
  }

  return [
    ...(usesFs ? ["import fs from 'node:fs';"] : []),
    `import ${sdk.importName} from ${tsStringLiteral(sdk.package)};`,
    '',
    ...(sdk.keyEnv ? [`// The client reads the key from ${sdk.keyEnv} by itself.`] : []),
    construct,
    '',
    `${call});`,
    '',
    'console.log(JSON.stringify(response, null, 2));',
  ].join('\n');
}

/** `process.env.NAME`, or `process.env['…']` for a name that is not an identifier. */
function processEnv(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `process.env.${name}` : `process.env[${tsStringLiteral(name)}]`;
}

function lastLineLength(text: string): number {
  return text.length - text.lastIndexOf('\n') - 1;
}
