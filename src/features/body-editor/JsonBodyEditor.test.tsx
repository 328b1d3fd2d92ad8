import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chatRequest } from '../../body-tree/fixtures/chat-request.ts';
import { circularTree } from '../../body-tree/fixtures/circular-tree.ts';
import { petWithMapping } from '../../body-tree/fixtures/pet-with-mapping.ts';
import type { Schema } from '../../openapi/model.ts';
import { JsonBodyEditor } from './JsonBodyEditor.tsx';

/** Server-rendered markup: no DOM here, but labels, modes and structure can be read from the HTML. */
function render(schema: Schema, value: string): string {
  return renderToStaticMarkup(
    <JsonBodyEditor schema={schema} value={value} onChange={() => {}} idPrefix="body__json" label="body" />,
  );
}

/** The mode radio whose value is `mode`, as markup. */
function radio(html: string, mode: string): string {
  return (
    [...html.matchAll(/<input type="radio"[^>]*>/g)]
      .map((m) => m[0])
      .find((tag) => tag.includes(`value="${mode}"`)) ?? ''
  );
}

/** The text of every `<label>` and `<legend>`, tags stripped. */
function labels(html: string): string[] {
  return [...html.matchAll(/<(label|legend)[^>]*>(.*?)<\/\1>/g)].map((m) =>
    (m[2] ?? '').replace(/<[^>]+>/g, '').trim(),
  );
}

describe('JsonBodyEditor (static render)', () => {
  it('opens in Form mode with labelled controls, fieldsets and add/remove buttons', () => {
    const html = render(
      chatRequest,
      JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], extra: 1 }),
    );
    expect(radio(html, 'form')).toContain('checked=""');
    expect(radio(html, 'json')).not.toContain('checked=""');
    expect(labels(html)).toEqual(
      expect.arrayContaining([
        'Form',
        'JSON',
        'model required',
        'messages required',
        'messages item 1',
        'role required',
        'content required',
        'temperature',
        'metadata',
        'stream',
      ]),
    );
    expect(html).toContain('Remove messages item 1');
    expect(html).toContain('Add messages item');
    expect(html).toContain('Add metadata entry');
    expect(html).toContain('Other properties');
    expect(html).toContain('<code>extra</code>');
    expect(html).toContain('id="body__json-kmessages-0-krole"');
  });

  it('disables the form and says why when the text does not parse, keeping the text', () => {
    const html = render(chatRequest, '{"model": ');
    expect(radio(html, 'form')).toContain('disabled=""');
    expect(radio(html, 'json')).toContain('checked=""');
    expect(html).toContain('Fix the JSON to edit it as a form');
    expect(html).toMatch(/<textarea[^>]*id="body__json"[^>]*>\{&quot;model&quot;: <\/textarea>/);
  });

  it('shows a variant switcher named after the body with the matching variant selected', () => {
    const html = render(petWithMapping, '{"pet_type": "dog", "barks": 2}');
    expect(labels(html)).toContain('body variant');
    expect(html).toMatch(/<option value="1" selected="">Dog<\/option>/);
    expect(labels(html)).toContain('barks required');
  });

  it('edits a cut cycle as a JSON textarea', () => {
    const html = render(circularTree, '{"name": "root", "parent": {"name": "up"}}');
    expect(html).toMatch(/<textarea[^>]*id="body__json-kparent"/);
    expect(html).toContain('Edited as JSON: Node contains itself.');
  });
});
