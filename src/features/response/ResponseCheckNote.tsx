import { useEffect, useState } from 'react';
import type { Schema } from '../../openapi/model.ts';
import { afterPaint } from '../../response/after-paint.ts';
import type { ResponseRecord } from '../../response/response-record.ts';
import type { DocumentedResponses, ResponseProblem } from '../../response-check/check-response.ts';
import type { ResponseCheckReply } from '../../response-check/response-check-message.ts';
import type { SchemaDialect } from '../../schema-check/schema-checker.ts';

/**
 * Whether the answer matches its description, and each way it does not (warnings only: nothing is ever
 * blocked). The check runs after the answer is on screen, in a worker for big bodies.
 */
export function ResponseCheckNote({
  operation,
  schemas,
  dialect,
  response,
  schemasPending = false,
}: {
  operation: DocumentedResponses;
  /** The API's schema table (`$ref` targets of the responses). */
  schemas: Readonly<Record<string, Schema>>;
  dialect: SchemaDialect;
  response: ResponseRecord;
  /** The schema table has not loaded yet (the embedded API ships it as its own chunk): wait for it. */
  schemasPending?: boolean;
}) {
  const [reply, setReply] = useState<ResponseCheckReply>();
  useEffect(() => {
    let current = true;
    setReply(undefined);
    // Checked against an empty table, every `$ref` would accept anything: a false "matches".
    if (schemasPending) return;
    void Promise.all([
      import('../../response-check/run-response-check.ts'),
      import('../../response-check/reachable-schemas.ts'),
      // The answer is painted first; the check follows (it is only a warning).
      afterPaint(),
    ]).then(async ([{ runResponseCheck }, { reachableSchemas }]) => {
      if (!current) return;
      const answer = await runResponseCheck({
        operation,
        schemas: reachableSchemas(operation.responses, schemas),
        dialect,
        record: {
          status: response.status,
          headers: response.headers,
          contentType: response.contentType,
          bodyText: response.bodyText,
          bodyBytes: response.bodyBytes,
          truncated: response.truncated,
          binary: response.bodyBlob !== undefined,
        },
      });
      if (current) setReply(answer);
    });
    return () => {
      current = false;
    };
  }, [operation, schemas, dialect, response, schemasPending]);

  if (!reply) {
    return (
      <p className="response-check muted" role="status">
        Checking the answer against the description…
      </p>
    );
  }
  if (!reply.ok) {
    return (
      <p className="response-check notice" role="status">
        The answer could not be checked against the description: {reply.message}
      </p>
    );
  }
  const { check } = reply;
  return (
    <div className={`response-check check-${check.verdict}`} role="status">
      <p>
        <strong>
          {check.verdict === 'matches' ? 'Matches the description' : 'Does not match the description'}
        </strong>
        {check.documented ? ` (response ${check.documented})` : ''}
        {check.verdict === 'mismatch' ? ':' : '.'}
      </p>
      {check.problems.length > 0 && (
        <ul className="check-problems">
          {check.problems.slice(0, 50).map((problem, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two problems may share a pointer and message
            <li key={i}>
              <ProblemText problem={problem} />
            </li>
          ))}
          {check.problems.length > 50 && <li>…and {check.problems.length - 50} more.</li>}
        </ul>
      )}
      {check.notChecked.map((note) => (
        <p key={note} className="muted">
          {note}
        </p>
      ))}
    </div>
  );
}

function ProblemText({ problem }: { problem: ResponseProblem }) {
  if (problem.kind !== 'body') return <>{problem.message}</>;
  // The message usually says what was expected already ("Must be a whole number"): no need to repeat it.
  const { expected, actual, message } = problem;
  const sayExpected = expected !== undefined && !message.toLowerCase().includes(expected.toLowerCase());
  const details = [sayExpected ? `expected ${expected}` : '', actual === undefined ? '' : `got ${actual}`]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <code>{problem.pointer === '' ? '(the whole body)' : problem.pointer}</code>: {message}
      {details ? ` (${details})` : ''}
    </>
  );
}
