import { describe, expect, it } from 'vitest';
import { listMediaExamples, maxExampleText } from './list-media-examples.ts';

const never = () => {
  throw new Error('a sample must not be generated when the document has examples');
};

describe('listMediaExamples', () => {
  it('lists named examples by summary, else name, with their descriptions; external values as web links only', () => {
    const shown = listMediaExamples(
      'application/json',
      {
        schema: { type: 'object' },
        example: { ignored: true },
        examples: {
          rex: { summary: 'A dog', description: 'The **good** boy.', value: { name: 'Rex' } },
          tom: { value: { name: 'Tom' } },
          far: { externalValue: 'https://example.com/pet.json' },
          sneaky: { externalValue: 'javascript:alert(1)' },
        },
      },
      never,
    );
    expect(shown.map(({ key, label }) => [key, label])).toEqual([
      ['rex', 'A dog'],
      ['tom', 'tom'],
      ['far', 'far'],
      ['sneaky', 'sneaky'],
    ]);
    expect(shown[0]).toMatchObject({
      text: '{\n  "name": "Rex"\n}',
      description: 'The **good** boy.',
      generated: false,
    });
    expect(shown[2]).toMatchObject({ externalValue: 'https://example.com/pet.json' });
    expect(shown[2]?.text).toBeUndefined();
    expect(shown[3]?.externalValue).toBeUndefined();
  });

  it('falls back to `example`, then to a generated sample for JSON, labelled as generated', () => {
    expect(listMediaExamples('application/json', { example: { a: 1 } }, never)).toMatchObject([
      { key: 'example', label: 'Example', text: '{\n  "a": 1\n}', generated: false },
    ]);
    expect(
      listMediaExamples('application/json', { schema: { type: 'object' } }, () => ({ b: 2 })),
    ).toMatchObject([
      {
        key: 'generated',
        label: 'Generated example',
        text: '{\n  "b": 2\n}',
        generated: true,
        language: 'json',
      },
    ]);
  });

  it('generates nothing for other media types or without a schema', () => {
    expect(listMediaExamples('text/event-stream', { schema: { type: 'string' } }, never)).toEqual([]);
    expect(listMediaExamples('application/json', {}, never)).toEqual([]);
  });

  it('shows a string example as the text it is (plain for text, as written when it is JSON text)', () => {
    expect(listMediaExamples('text/plain', { example: 'hello' }, never)[0]).toMatchObject({
      text: 'hello',
      language: 'plain',
    });
    expect(listMediaExamples('application/json', { example: '{"a":1}' }, never)[0]).toMatchObject({
      text: '{"a":1}',
    });
    expect(listMediaExamples('application/json', { example: 'just text' }, never)[0]?.text).toBe(
      '"just text"',
    );
  });

  it('cuts a huge example and says so', () => {
    const [shown] = listMediaExamples('text/plain', { example: 'x'.repeat(maxExampleText + 10) }, never);
    expect(shown?.text).toHaveLength(maxExampleText);
    expect(shown?.cut).toBe(true);
  });
});
