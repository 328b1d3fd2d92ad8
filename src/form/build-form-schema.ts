// zod/mini: the same validation core at a fraction of the bundle (the page budget is 120 KB gzip).
import * as z from 'zod/mini';
import { collectFormIssues } from './collect-form-issues.ts';
import type { FormModel, FormValues } from './form-model.ts';

/**
 * A zod (v4) schema of a form's values, for react-hook-form (see `formSchemaResolver`): every issue's path is `[field.key]` (or
 * `[field.key, index]` for an array item) with a human message. Cross-field rules are checked here too.
 */
export function buildFormSchema(model: FormModel): z.ZodMiniType<FormValues, FormValues> {
  // Any object passes the shape check (react-hook-form may hold undefined for unmounted fields, or keys
  // of another operation while switching); the content is checked field by field below.
  return z
    .custom<FormValues>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
      message: 'Expected form values',
    })
    .check(
      z.superRefine((values, ctx) => {
        for (const issue of collectFormIssues(model, values)) {
          ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
        }
      }),
    );
}
