import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import type * as z from 'zod/mini';
import type { FormValues } from '../../form/form-model.ts';

/**
 * react-hook-form's resolver for the form schema (`buildFormSchema`): messages land on `key`, or on
 * `key[index]` for array items. Our issues have exactly that shape, so ten lines replace a generic adapter.
 */
export function formSchemaResolver(schema: z.ZodMiniType<FormValues, FormValues>): Resolver<FormValues> {
  return (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError | FieldError[]> = {};
    for (const { path, message, code } of result.error.issues) {
      const [key, index] = path;
      if (typeof key !== 'string') continue;
      const error: FieldError = { type: code, message };
      if (typeof index !== 'number') {
        errors[key] ??= error;
        continue;
      }
      const items = Array.isArray(errors[key]) ? errors[key] : [];
      items[index] ??= error;
      errors[key] = items;
    }
    return { values: {}, errors: errors as FieldErrors<FormValues> };
  };
}
