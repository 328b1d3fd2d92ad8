import { describe, expect, it } from 'vitest';
import type { ObjectNode } from './body-node.ts';
import { describeBodyNode } from './describe-body-node.ts';
import { chatRequest } from './fixtures/chat-request.ts';
import { formatBodyText } from './format-body-text.ts';
import { getAt } from './get-at.ts';
import { mapEntries } from './map-entries.ts';
import { newItemValue } from './new-item-value.ts';
import { otherProperties } from './other-properties.ts';
import { parseBodyText } from './parse-body-text.ts';
import { removeAt } from './remove-at.ts';
import { setAt } from './set-at.ts';
import { updateAt } from './update-at.ts';

const NOW = new Date(Date.UTC(2025, 0, 15, 12, 0, 0));

/** One form edit as JsonBodyEditor does it: parse the text, change the value, write formatted text. */
function formEdit(text: string, edit: (value: unknown) => unknown): string {
  const parsed = parseBodyText(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return formatBodyText(edit(parsed.value));
}

describe('Form → JSON → Form over the body text', () => {
  const typedInJsonMode = `{"zeta": {"keep": [1, 2]}, "model": "gpt-4o", "x_extra": true,
    "messages": [{"content": "hi", "role": "user", "name": "me"}], "temperature": 0.5}`;

  it('keeps unknown properties and the user’s key order through form edits', () => {
    const edited = formEdit(typedInJsonMode, (v) => setAt(v, ['temperature'], 1.5));
    const value = JSON.parse(edited);
    expect(Object.keys(value)).toEqual(['zeta', 'model', 'x_extra', 'messages', 'temperature']);
    expect(value.zeta).toEqual({ keep: [1, 2] });
    expect(value.x_extra).toBe(true);
    expect(Object.keys(value.messages[0])).toEqual(['content', 'role', 'name']);
    expect(value.temperature).toBe(1.5);

    const node = describeBodyNode(chatRequest) as ObjectNode;
    expect(otherProperties(node, value).map(([key]) => key)).toEqual(['zeta', 'x_extra']);
  });

  it('writes two-space JSON, and JSON mode text is only rewritten by an edit', () => {
    const edited = formEdit(typedInJsonMode, (v) => setAt(v, ['model'], 'gpt-5'));
    expect(edited).toBe(JSON.stringify(JSON.parse(edited), null, 2));
    // Switching modes does not touch the text: the form only reads it.
    expect(parseBodyText(typedInJsonMode).ok).toBe(true);
  });

  it('leaves cleared optional fields out instead of writing null or empty text', () => {
    const edited = formEdit('{"model": "m", "stream": true}', (v) => updateAt(v, ['stream'], undefined));
    expect(JSON.parse(edited)).toEqual({ model: 'm' });
  });

  it('adds and removes array items of objects, new items filled from the item schema', () => {
    const node = describeBodyNode(chatRequest) as ObjectNode;
    const messages = node.properties.find((p) => p.name === 'messages')?.node;
    if (messages?.kind !== 'array') throw new Error('array');
    let text = formEdit('', (v) => setAt(v, ['model'], 'm'));
    text = formEdit(text, (v) => setAt(v, ['messages'], [newItemValue(messages.item, NOW)]));
    text = formEdit(text, (v) => setAt(v, ['messages', 1], newItemValue(messages.item, NOW)));
    text = formEdit(text, (v) => setAt(v, ['messages', 1, 'content'], 'second'));
    expect(JSON.parse(text).messages).toEqual([
      { role: 'system', content: 'example' },
      { role: 'system', content: 'second' },
    ]);
    text = formEdit(text, (v) => removeAt(v, ['messages', 0]));
    expect(JSON.parse(text).messages).toEqual([{ role: 'system', content: 'second' }]);
  });

  it('edits map entries as key/value rows', () => {
    const node = describeBodyNode(chatRequest) as ObjectNode;
    const metadata = node.properties.find((p) => p.name === 'metadata')?.node;
    if (metadata?.kind !== 'object') throw new Error('object');
    const text = formEdit('{"metadata": {"a": "1", "b": "2"}}', (v) => setAt(v, ['metadata', 'c'], '3'));
    expect(mapEntries(metadata, getAt(JSON.parse(text), ['metadata']))).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);
  });

  it('keeps hostile keys typed in JSON mode as data through a form edit', () => {
    const text = '{"__proto__": {"admin": true}, "constructor": {"prototype": 1}, "model": "m"}';
    const edited = formEdit(text, (v) => setAt(v, ['model'], 'n'));
    expect(edited).toContain('"__proto__"');
    expect(JSON.parse(edited).constructor).toEqual({ prototype: 1 });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('parses empty text as no body and reports broken text without throwing', () => {
    expect(parseBodyText('  ')).toEqual({ ok: true, value: undefined });
    expect(formatBodyText(undefined)).toBe('');
    const broken = parseBodyText('{"a": ');
    expect(broken.ok).toBe(false);
  });
});
