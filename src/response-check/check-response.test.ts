import { describe, expect, it } from 'vitest';
import { createSchemaChecker } from '../schema-check/create-schema-checker.ts';
import { type CheckContext, type CheckedRecord, checkResponse } from './check-response.ts';
import { usageBody, usageResponses, usageSchemas } from './fixtures/usage-responses.ts';

// The real validator adapter (src/schema-check), not a stand-in.
const context: CheckContext = {
  checker: createSchemaChecker(),
  dialect: '3.0',
  resolveRef: (ref) => usageSchemas[ref],
};

function record(overrides: Partial<CheckedRecord> = {}): CheckedRecord {
  const bodyText = overrides.bodyText ?? usageBody();
  return {
    status: 200,
    headers: [
      ['content-type', 'application/json'],
      ['x-request-id', 'req_1'],
    ],
    contentType: 'application/json; charset=utf-8',
    bodyText,
    bodyBytes: bodyText.length,
    truncated: false,
    ...overrides,
  };
}

describe('checkResponse', () => {
  it('a documented answer of the documented shape matches', () => {
    expect(checkResponse(usageResponses, record(), context)).toEqual({
      verdict: 'matches',
      problems: [],
      notChecked: [],
      documented: '200',
    });
  });

  it('a field of the wrong type is named by its JSON pointer, with what was expected and what came', () => {
    const result = checkResponse(
      usageResponses,
      record({ bodyText: usageBody({ characters: '120' }) }),
      context,
    );
    expect(result.verdict).toBe('mismatch');
    expect(result.problems).toEqual([
      {
        kind: 'body',
        pointer: '/data/0/results/0/characters',
        message: 'Must be a whole number',
        expected: 'a whole number',
        actual: 'string',
      },
    ]);
  });

  it('narrows the oneOf to the variant its object names, so a missing field is pointed at', () => {
    const body = usageBody({ num_model_requests: undefined });
    const result = checkResponse(usageResponses, record({ bodyText: body }), context);
    expect(result.problems).toEqual([
      expect.objectContaining({ kind: 'body', pointer: '/data/0/results/0/num_model_requests' }),
    ]);
  });

  it('an undocumented status is said, with the documented ones', () => {
    const result = checkResponse(usageResponses, record({ status: 502 }), context);
    expect(result.problems).toEqual([
      {
        kind: 'status',
        message: 'Status 502 is not documented (the description lists 200, 4XX, 204).',
        expected: '200, 4XX, 204',
        actual: '502',
      },
    ]);
  });

  it('a range (4XX) and default cover their statuses', () => {
    const error = '{"error":{"message":"no"}}';
    expect(checkResponse(usageResponses, record({ status: 429, bodyText: error }), context)).toMatchObject({
      verdict: 'matches',
      documented: '4XX',
    });
    const withDefault = {
      responses: [...usageResponses.responses, { status: 'default', headers: [], content: {} }],
    };
    expect(
      checkResponse(withDefault, record({ status: 503, bodyText: '', bodyBytes: 0 }), context),
    ).toMatchObject({
      verdict: 'matches',
      documented: 'default',
    });
  });

  it('an undocumented content type is said; the body is then not read', () => {
    const result = checkResponse(
      usageResponses,
      record({ contentType: 'text/html', bodyText: '<p>hi' }),
      context,
    );
    expect(result.problems).toEqual([
      {
        kind: 'content-type',
        message: 'Content type text/html is not documented for 200 (the description lists application/json).',
        expected: 'application/json',
        actual: 'text/html',
      },
    ]);
  });

  it('a required header that did not reach the page is said (it may be missing or not exposed)', () => {
    const result = checkResponse(
      usageResponses,
      record({ headers: [['content-type', 'application/json']] }),
      context,
    );
    expect(result.problems).toEqual([
      {
        kind: 'header',
        header: 'X-Request-Id',
        message:
          'The required header X-Request-Id did not reach the page (missing, or not exposed by the gateway).',
      },
    ]);
  });

  it('a body that is not JSON, or no body where JSON is documented', () => {
    expect(checkResponse(usageResponses, record({ bodyText: '{"data": [' }), context).problems).toEqual([
      expect.objectContaining({ kind: 'body', pointer: '', message: 'The body is not valid JSON.' }),
    ]);
    expect(checkResponse(usageResponses, record({ bodyText: '', bodyBytes: 0 }), context).problems).toEqual([
      expect.objectContaining({
        kind: 'body',
        message: 'The body is empty; the description documents JSON.',
      }),
    ]);
  });

  it('says what it could not check: a cut body, no documented responses, a body where none is documented', () => {
    expect(checkResponse(usageResponses, record({ truncated: true }), context)).toMatchObject({
      verdict: 'matches',
      notChecked: ['The body was cut at the size limit, so its shape was not checked.'],
    });
    expect(checkResponse({ responses: [] }, record(), context).notChecked).toEqual([
      'The description documents no responses for this operation.',
    ]);
    expect(checkResponse(usageResponses, record({ status: 204 }), context).notChecked).toEqual([
      'The description documents no body for 204; one came.',
    ]);
  });

  it('several problems at once, in order: headers, then the body', () => {
    const result = checkResponse(
      usageResponses,
      record({
        headers: [],
        bodyText: usageBody({ characters: -1.5, object: 'organization.usage.audio_speeches.result' }),
      }),
      context,
    );
    expect(result.problems.map((p) => p.kind)).toEqual(['header', 'body']);
  });
});
