import { collectFormIssues } from './collect-form-issues.ts';
import type { FormModel, FormValues } from './form-model.ts';

/** The first problem per field key (array item problems included under the array's key), for code outside react-hook-form. */
export function validateFormValues(model: FormModel, values: Partial<FormValues>): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of collectFormIssues(model, values)) {
    const [key, index] = issue.path;
    if (messages[key] !== undefined) continue;
    messages[key] = index === undefined ? issue.message : `Item ${index + 1}: ${issue.message}`;
  }
  return messages;
}
