import { describeSchemaType } from '../features/reference/describe-schema-type.ts';
import type { ApiModel, Operation } from '../openapi/model.ts';
import { resolveModelRef } from '../openapi/resolve-model-ref.ts';

/**
 * The Markdown twin of an operation's page, for readers that are programs (llms.txt): what it does, its
 * parameters, request body and responses, kept short (types, not whole schemas).
 */
export function operationMarkdown(api: ApiModel, operation: Operation, webhook = false): string {
  const lines: string[] = [`# ${oneLine(operation.summary ?? operation.navTitle)}`, ''];
  lines.push(
    `\`${operation.method.toUpperCase()} ${operation.path}\`${webhook ? ' (webhook: sent by the API)' : ''}`,
  );
  if (operation.deprecated) lines.push('', '**Deprecated.**');
  if (operation.description) lines.push('', operation.description.trim());
  if (operation.parameters.length > 0) {
    lines.push(
      '',
      '## Parameters',
      '',
      '| Name | In | Type | Required | Description |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const p of operation.parameters) {
      const type = describeSchemaType(p.schema ? resolveModelRef(api, p.schema) : undefined);
      lines.push(
        `| ${cell(p.name)} | ${p.in} | ${cell(type)} | ${p.required ? 'yes' : 'no'} | ${cell(p.description ?? '')} |`,
      );
    }
  }
  const body = operation.requestBody;
  if (body) {
    lines.push('', '## Request body', '');
    if (body.description) lines.push(body.description.trim(), '');
    for (const [mediaType, media] of Object.entries(body.content)) {
      const type = describeSchemaType(media.schema ? resolveModelRef(api, media.schema) : undefined);
      lines.push(`- \`${mediaType}\`: ${type}${body.required ? ' (required)' : ''}`);
    }
  }
  if (operation.responses.length > 0) {
    lines.push('', '## Responses', '');
    for (const response of operation.responses) {
      const types = Object.entries(response.content).map(([mediaType, media]) => {
        const type = describeSchemaType(media.schema ? resolveModelRef(api, media.schema) : undefined);
        return `\`${mediaType}\` ${type}`;
      });
      const description = oneLine(response.description);
      lines.push(
        `- **${response.status}**${description ? `: ${description}` : ''}${types.length ? ` (${types.join(', ')})` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}
