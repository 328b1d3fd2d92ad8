import type { Schema } from '../openapi/model.ts';
import type { SchemaDialect } from '../schema-check/schema-checker.ts';
import type { CheckedRecord, DocumentedResponses, ResponseCheck } from './check-response.ts';

/** What the page sends the check worker: one answer, its operation's responses and the schemas they reach. */
export interface ResponseCheckRequest {
  id: number;
  operation: DocumentedResponses;
  schemas: Record<string, Schema>;
  dialect: SchemaDialect;
  record: CheckedRecord;
}

/** What the worker answers: the check, or why it could not run. */
export type ResponseCheckReply =
  | { id: number; ok: true; check: ResponseCheck; ms: number }
  | { id: number; ok: false; message: string };
