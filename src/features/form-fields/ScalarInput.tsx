import type { UseFormRegisterReturn } from 'react-hook-form';
import type { FormField } from '../../form/form-model.ts';

const PLACEHOLDER_BY_FORMAT: Record<string, string> = {
  'date-time': '2026-01-31T12:00:00Z',
  date: '2026-01-31',
  email: 'name@example.com',
  uri: 'https://example.com',
  uuid: '123e4567-e89b-12d3-a456-426614174000',
};

// Formats with a fitting native input. Numbers stay text inputs: a number input hides what was typed when it
// is not a number, and the message beside the field is the better teacher.
const INPUT_TYPE_BY_FORMAT: Record<string, string> = {
  password: 'password',
  email: 'email',
  date: 'date',
  uri: 'url',
  url: 'url',
};

/** One scalar control: select for enums and booleans, text otherwise (numbers stay text so bad input is visible). */
export function ScalarInput({
  field,
  registration,
  placeholder,
  describedBy,
  invalid,
}: {
  field: FormField;
  registration: UseFormRegisterReturn;
  placeholder?: string;
  describedBy?: string;
  invalid: boolean;
}) {
  const common = {
    id: field.key,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'aria-required': field.required || undefined,
    ...registration,
  };
  if (field.kind === 'enum' || field.kind === 'boolean') {
    const options = field.kind === 'boolean' ? ['true', 'false'] : (field.enumValues ?? []);
    return (
      <select {...common}>
        <option value="">{field.required ? 'Choose…' : '— not set —'}</option>
        {options.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    );
  }
  if (field.kind === 'json' || field.kind === 'text') {
    return (
      <textarea {...common} className="code-input" rows={8} spellCheck={false} placeholder={placeholder} />
    );
  }
  const numeric = field.kind === 'integer' || field.kind === 'number';
  return (
    <input
      {...common}
      type={INPUT_TYPE_BY_FORMAT[field.format ?? ''] ?? 'text'}
      inputMode={field.kind === 'integer' ? 'numeric' : field.kind === 'number' ? 'decimal' : undefined}
      autoComplete="off"
      spellCheck={false}
      className={numeric ? 'numeric' : undefined}
      placeholder={placeholder ?? (field.format ? PLACEHOLDER_BY_FORMAT[field.format] : undefined)}
    />
  );
}
