import type { ScalarNode } from './body-node.ts';

const NUMBER_TEXT = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The JSON value a text box's text stands for: undefined (leave the property out) for empty text, unless the
 * property is a required string; a number for numeric text; otherwise the text itself, so nothing typed is
 * lost and validation can name the problem.
 */
export function parseScalarInput(node: ScalarNode, text: string, required: boolean): unknown {
  if (text === '') return required && node.type === 'string' ? '' : undefined;
  if (node.type === 'string') return text;
  const trimmed = text.trim();
  return NUMBER_TEXT.test(trimmed) && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
}
