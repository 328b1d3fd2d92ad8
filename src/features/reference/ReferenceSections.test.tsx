import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiModel } from '../../openapi/model.ts';
import { normalizeApi } from '../../openapi/normalize-api.ts';
import { parseApiText } from '../../openapi/parse-api-text.ts';
import { loadSampleGenerator } from '../../reference/load-sample-generator.ts';
import ReferenceSections from './ReferenceSections.tsx';

/** Server-rendered markup, as a prerendered page would hold it: no DOM, no window. */
function render(api: ApiModel, operationId: string): string {
  const operation = api.operations.find((op) => op.id === operationId);
  if (!operation) throw new Error(`no operation ${operationId}`);
  return renderToStaticMarkup(<ReferenceSections api={api} operation={operation} />);
}

describe('ReferenceSections (server render)', () => {
  let usage: ApiModel;
  beforeAll(async () => {
    const text = readFileSync(new URL('../../../specs/openai-usage.yaml', import.meta.url), 'utf8');
    usage = normalizeApi(await parseApiText(text));
    // As a prerenderer would: the example generator is a chunk of its own, loaded before rendering.
    await loadSampleGenerator();
  });

  it('renders the parameters, the open 200 response with its tree and a generated example, and 429 closed', () => {
    const html = render(usage, 'usage-audio-speeches');
    expect(html).toContain('>Parameters</h2>');
    expect(html).toContain('>Responses</h2>');
    expect(html).toMatch(/aria-expanded="true"[^>]*>.*?200<\/span>/);
    expect(html).toMatch(/aria-expanded="false"[^>]*>.*?429<\/span>/);
    expect(html).toContain('UsageResponse');
    expect(html).toContain('Show properties of data');
    expect(html).toContain('Generated example');
    // Prism is not loaded on a server: the example is escaped text.
    expect(html).toContain('&quot;object&quot;: &quot;page&quot;');
  });

  it('renders the same markup twice (ids come from useId, samples from a fixed date)', () => {
    expect(render(usage, 'usage-costs')).toBe(render(usage, 'usage-costs'));
  });

  it('says the schema is loading while the embedded API’s table has not arrived', () => {
    const pending: ApiModel = { ...usage, schemas: {}, schemasPending: true };
    const html = render(pending, 'usage-audio-speeches');
    expect(html).toContain('Loading the schema…');
    expect(html).not.toContain('Unresolved reference');
  });

  it('escapes markup from the description everywhere it shows', () => {
    const api = normalizeApi({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/a': {
          get: {
            operationId: 'a',
            responses: {
              '200': {
                description: '<script>alert(1)</script>',
                headers: { '<b>x</b>': { schema: { type: 'string', pattern: '<i>' } } },
                content: {
                  'text/html': {
                    example: '<script>alert(2)</script>',
                    schema: { title: '<u>t</u>', type: 'string' },
                  },
                },
              },
            },
          },
        },
      },
    });
    const html = render(api, 'a');
    expect(html).not.toMatch(/<(script|b|i|u)>/);
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });
});
