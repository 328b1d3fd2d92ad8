const LIMIT = 160;

/** The first sentence of a (markdown) description, plain and short enough for a hint line. */
export function shortDescription(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const plain = text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(plain)?.[1] ?? plain;
  return sentence.length > LIMIT ? `${sentence.slice(0, LIMIT - 1).trimEnd()}…` : sentence || undefined;
}
