import type { Schema } from '../openapi/model.ts';

const FORMAT_SAMPLES: Record<string, (now: Date) => string> = {
  'date-time': (now) => now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  date: (now) => now.toISOString().slice(0, 10),
  time: (now) => now.toISOString().slice(11, 19),
  email: () => 'user@example.com',
  uri: () => 'https://example.com',
  url: () => 'https://example.com',
  'uri-reference': () => 'https://example.com',
  uuid: () => '123e4567-e89b-42d3-a456-426614174000',
  ipv4: () => '192.0.2.1',
  ipv6: () => '2001:db8::1',
  hostname: () => 'example.com',
  byte: () => 'ZXhhbXBsZQ==',
};

/** A sample string for a (flattened) string schema: by format, then fitted to minLength/maxLength. */
export function sampleString(schema: Schema, now: Date): string {
  const byFormat = schema.format ? FORMAT_SAMPLES[schema.format] : undefined;
  if (byFormat) return byFormat(now);
  return fitLength('example', schema);
}

/** `text` padded with `x` or cut so that it satisfies the schema's minLength/maxLength. */
export function fitLength(text: string, schema: Schema): string {
  let fitted = text;
  if (schema.minLength !== undefined && fitted.length < schema.minLength) {
    fitted = fitted.padEnd(schema.minLength, 'x');
  }
  if (schema.maxLength !== undefined && fitted.length > schema.maxLength)
    fitted = fitted.slice(0, schema.maxLength);
  return fitted;
}
