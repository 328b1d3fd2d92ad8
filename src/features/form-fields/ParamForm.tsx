import { lazy, Suspense } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { effectiveBounds } from '../../form/effective-bounds.ts';
import type { FormField, FormModel, FormValues } from '../../form/form-model.ts';
import { QUICK_RANGES, quickRangeLabel } from '../../unix-time/quick-range.ts';
import { ArrayInput } from './ArrayInput.tsx';
import { describedBy, FieldShell } from './FieldShell.tsx';
import { ScalarInput } from './ScalarInput.tsx';
import { UnixTimePicker } from './UnixTimePicker.tsx';

const JsonBodyField = lazy(() => import('./JsonBodyField.tsx'));

const GROUP_TITLES: Record<FormField['location'], string> = {
  path: 'Path parameters',
  query: 'Query parameters',
  header: 'Header parameters',
  cookie: 'Cookie parameters',
  body: 'Request body',
};

/** The form generated from the operation's parameters, grouped by location. */
export function ParamForm({
  model,
  form,
  values,
  errors,
  showAllErrors,
}: {
  model: FormModel;
  form: UseFormReturn<FormValues>;
  values: FormValues;
  /** Current validation messages by field key (array items: `Item 2: …` under the array's key). */
  errors: Record<string, string>;
  /** After a send attempt every message shows; before it only those of fields the user touched. */
  showAllErrors: boolean;
}) {
  const { dirtyFields, touchedFields } = form.formState;
  const groups = (['path', 'query', 'header', 'cookie', 'body'] as const)
    .map((location) => ({ location, fields: model.fields.filter((f) => f.location === location) }))
    .filter((g) => g.fields.length > 0);
  const start = model.fields.find((f) => f.unixSeconds && /^start/.test(f.name));
  const end = model.fields.find((f) => f.unixSeconds && /^end/.test(f.name));
  // Ranges are counted in the browser's zone, and the "This month" label says which.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  if (groups.length === 0) return <p className="muted">This operation takes no parameters.</p>;

  return (
    <div className="param-form">
      {start && (
        <fieldset className="quick-ranges">
          <legend className="muted">Time range</legend>
          {QUICK_RANGES.map((range) => (
            <button
              key={range.id}
              type="button"
              className="chip"
              onClick={async () => {
                const { quickRangeBounds } = await import('../../unix-time/quick-range-bounds.ts');
                const { start: from, end: to } = quickRangeBounds(range.id, Date.now(), timeZone);
                const opts = { shouldDirty: true, shouldTouch: true, shouldValidate: true };
                form.setValue(start.key, String(from), opts);
                if (end) form.setValue(end.key, String(to), opts);
              }}
            >
              {quickRangeLabel(range.id, Date.now(), timeZone)}
            </button>
          ))}
        </fieldset>
      )}
      {groups.map((group) => (
        <div key={group.location} className="param-group">
          <h4>{GROUP_TITLES[group.location]}</h4>
          {group.fields.map((field) => {
            const touched = Boolean(dirtyFields[field.key] || touchedFields[field.key]);
            const error = showAllErrors || touched ? errors[field.key] : undefined;
            const bounds =
              field.kind === 'integer' || field.kind === 'number'
                ? effectiveBounds(field, values, model.rules, model.fields)
                : undefined;
            const hint = bounds?.hint;
            if (field.kind === 'array') {
              const itemErrors = itemErrorsOf(error);
              return (
                <FieldShell key={field.key} field={field} hint={hint} error={error} asGroup>
                  <ArrayInput field={field} control={form.control} itemErrors={itemErrors} />
                </FieldShell>
              );
            }
            if (field.kind === 'file') {
              const chosen = values[field.key];
              return (
                <FieldShell key={field.key} field={field} hint={hint} error={error}>
                  <input
                    id={field.key}
                    type="file"
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy(field.key, hint, error)}
                    onChange={(event) =>
                      form.setValue(field.key, event.target.files?.[0] ?? null, {
                        shouldDirty: true,
                        shouldTouch: true,
                      })
                    }
                  />
                  {/* A file input cannot show a file set by code ("Fill example values"): say what will be sent. */}
                  {chosen instanceof File && (
                    <p className="hint">
                      Will send {chosen.name} ({chosen.size} B, {chosen.type || 'no type'}).
                    </p>
                  )}
                </FieldShell>
              );
            }
            if (field.key === 'body__json') {
              return (
                <Suspense key={field.key} fallback={<p className="muted">Loading the body editor…</p>}>
                  <JsonBodyField field={field} control={form.control} hint={hint} error={error} />
                </Suspense>
              );
            }
            const current = values[field.key];
            return (
              <FieldShell key={field.key} field={field} hint={hint} error={error}>
                <ScalarInput
                  field={field}
                  registration={form.register(field.key)}
                  placeholder={bounds?.default !== undefined ? `default ${bounds.default}` : undefined}
                  describedBy={describedBy(field.key, hint, error)}
                  invalid={Boolean(error)}
                />
                {field.unixSeconds && (
                  <UnixTimePicker
                    fieldKey={field.key}
                    name={field.name}
                    value={typeof current === 'string' ? current : ''}
                    onPick={(seconds) =>
                      form.setValue(field.key, seconds, {
                        shouldDirty: true,
                        shouldTouch: true,
                        shouldValidate: true,
                      })
                    }
                  />
                )}
              </FieldShell>
            );
          })}
        </div>
      ))}
    </div>
  );
}

/** Marks the array item a message names (`Item 2: …`) so that item's control is flagged too. */
function itemErrorsOf(error: string | undefined): Record<number, string> {
  const match = error ? /^Item (\d+): (.*)$/.exec(error) : null;
  return match ? { [Number(match[1]) - 1]: match[2] ?? '' } : {};
}
