// zod/mini: the same validation core at a fraction of the bundle (the page budget is 120 KB gzip).
import * as z from 'zod/mini';
import { type BodyCheck, collectFormIssues, type FormIssue } from './collect-form-issues.ts';
import type { FormModel, FormValues } from './form-model.ts';

/** The zod schema of a form's values: one issue per problem, each carrying its `FormIssue` (see `formIssues`). */
export type FormSchema = z.ZodMiniType<FormValues, FormValues>;

/**
 * The zod (v4) schema of an operation's form values: parameters, cross-field rules, and the JSON body
 * against its own schema through `body.checker` (the lazily loaded validator). Each zod issue's path is
 * `[field.key]` (`[field.key, index]` for an array item) and its `params.issue` the structured problem,
 * so nothing downstream ever parses a message back.
 */
export function buildFormSchema(model: FormModel, body?: BodyCheck): FormSchema {
  // Any object passes the shape check (react-hook-form may hold undefined for unmounted fields, or keys
  // of another operation while switching); the content is checked field by field below.
  return z
    .custom<FormValues>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
      message: 'Expected form values',
    })
    .check(
      z.superRefine((values, ctx) => {
        for (const issue of collectFormIssues(model, values, body)) {
          ctx.addIssue({
            code: 'custom',
            path: issue.item === undefined ? [issue.key] : [issue.key, issue.item],
            message: issue.message,
            params: { issue },
          });
        }
      }),
    );
}

/**
 * The one validation of a form: every problem of `values`, in field order. The messages on screen and the
 * Send guard (button, Ctrl+Enter, "Send anyway" skipping it) all read this result.
 */
export function formIssues(schema: FormSchema, values: Partial<FormValues>): FormIssue[] {
  const result = schema.safeParse(values);
  if (result.success) return [];
  return result.error.issues.map(
    (issue) =>
      (issue as { params?: { issue?: FormIssue } }).params?.issue ?? { key: '', message: issue.message },
  );
}
