import { describe, expect, it } from 'vitest';
import { slugify } from './slugify.ts';

describe('slugify', () => {
  it('joins lower-case words with dashes', () => {
    expect(slugify('GET /organization/usage/{bucket_width}')).toBe('get-organization-usage-bucket-width');
    expect(slugify('OpenAI API — Usage & Costs')).toBe('openai-api-usage-costs');
    expect(slugify('///')).toBe('');
  });
});
