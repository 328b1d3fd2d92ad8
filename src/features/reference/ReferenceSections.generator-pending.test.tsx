import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { normalizeApi } from '../../openapi/normalize-api.ts';
import { parseApiText } from '../../openapi/parse-api-text.ts';
import ReferenceSections from './ReferenceSections.tsx';

// Its own file, so its own module graph: the example generator has not been loaded here.
describe('ReferenceSections before the example generator has loaded', () => {
  it('shows the schema and says an example is being made, instead of an empty space', async () => {
    const text = readFileSync(new URL('../../../specs/openai-usage.yaml', import.meta.url), 'utf8');
    const api = normalizeApi(await parseApiText(text));
    const operation = api.operations.find((op) => op.id === 'usage-audio-speeches');
    if (!operation) throw new Error('no operation');
    const html = renderToStaticMarkup(<ReferenceSections api={api} operation={operation} />);
    expect(html).toContain('UsageResponse');
    expect(html).toContain('Making an example from the schema…');
    expect(html).not.toContain('Generated example');
  });
});
