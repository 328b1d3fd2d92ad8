import { isJsonMediaType } from '../form/is-json-media-type.ts';
import type { MediaTypeObject } from '../openapi/model.ts';

/** Characters of one example shown; the rest is cut (and said so), so a huge example cannot stall the page. */
export const maxExampleText = 100_000;

/** One example as the reference shows it. */
export interface ShownExample {
  /** Stable within its media type: the example's name, `example` or `generated`. */
  key: string;
  /** The example's summary, else its name; "Example"; "Generated example". */
  label: string;
  /** Markdown. */
  description?: string;
  /** The body text (JSON indented; a string as it is), cut at `maxExampleText`. */
  text?: string;
  /** Whether `text` was cut. */
  cut: boolean;
  language: 'json' | 'plain';
  /** An `http(s)` URL the example lives at: shown as a link, never fetched. */
  externalValue?: string;
  /** Made up from the schema, not written by the API's authors. */
  generated: boolean;
}

/**
 * The examples of one media type, in the order a reader wants them: the named `examples` (by summary or name),
 * else the single `example`, else — for JSON media types with a schema — a sample made from the schema by
 * `generate` (called only then), labelled as generated. Nothing is executed or fetched.
 */
export function listMediaExamples(
  mediaType: string,
  media: MediaTypeObject,
  generate: () => unknown,
): ShownExample[] {
  const json = isJsonMediaType(mediaType);
  const named = Object.entries(media.examples ?? {});
  if (named.length > 0) {
    return named.map(([name, example]) => {
      const shown: ShownExample = {
        key: name,
        label: example.summary ?? name,
        cut: false,
        language: json ? 'json' : 'plain',
        generated: false,
      };
      if (example.description !== undefined) shown.description = example.description;
      if (example.value !== undefined) Object.assign(shown, exampleText(example.value, json));
      if (example.externalValue !== undefined && isWebUrl(example.externalValue))
        shown.externalValue = example.externalValue;
      return shown;
    });
  }
  if (media.example !== undefined) {
    return [
      {
        key: 'example',
        label: 'Example',
        ...exampleText(media.example, json),
        language: json ? 'json' : 'plain',
        generated: false,
      },
    ];
  }
  if (!json || media.schema === undefined) return [];
  const sample = generate();
  if (sample === undefined) return [];
  return [
    {
      key: 'generated',
      label: 'Generated example',
      ...exampleText(sample, true),
      language: 'json',
      generated: true,
    },
  ];
}

/** A value as body text: strings as written (a JSON body written as a string stays that text), else JSON. */
function exampleText(value: unknown, json: boolean): { text: string; cut: boolean } {
  let text: string;
  if (typeof value === 'string' && (!json || looksLikeJsonText(value))) text = value;
  else {
    try {
      text = JSON.stringify(value, null, 2) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > maxExampleText
    ? { text: text.slice(0, maxExampleText), cut: true }
    : { text, cut: false };
}

function looksLikeJsonText(value: string): boolean {
  const start = value.trimStart()[0];
  return start === '{' || start === '[';
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
