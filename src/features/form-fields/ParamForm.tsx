import { lazy, Suspense } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { FormIssue } from '../../form/collect-form-issues.ts';
import { effectiveBounds } from '../../form/effective-bounds.ts';
import type { FormField, FormModel, FormValues } from '../../form/form-model.ts';
import { countOf } from '../../schema-check/rule-message.ts';
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
  issues,
  showAllErrors,
}: {
  model: FormModel;
  form: UseFormReturn<FormValues>;
  values: FormValues;
  /** The form's problems (the one validation, `formIssues`): shown beside their fields. */
  issues: readonly FormIssue[];
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
            const shown = showAllErrors || touched;
            const own = issues.filter((issue) => issue.key === field.key && !issue.pending);
            const error = shown ? fieldMessage(own) : undefined;
            const bounds =
              field.kind === 'integer' || field.kind === 'number'
                ? effectiveBounds(field, values, model.rules, model.fields)
                : undefined;
            const hint = bounds?.hint;
            if (field.kind === 'array') {
              const itemErrors = shown ? itemMessages(own) : {};
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
            if (model.body?.kind === 'json' && field === model.body.field) {
              const problems = shown
                ? own.flatMap(({ pointer, message }) => (pointer === undefined ? [] : [{ pointer, message }]))
                : [];
              return (
                <Suspense key={field.key} fallback={<p className="muted">Loading the body editor…</p>}>
                  <JsonBodyField
                    field={field}
                    control={form.control}
                    hint={hint}
                    error={error}
                    problems={problems}
                  />
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

/** The message beside a field: its own first problem, else its first item's, else a count of body problems. */
function fieldMessage(issues: readonly FormIssue[]): string | undefined {
  const own = issues.find((issue) => issue.item === undefined && issue.pointer === undefined);
  if (own) return own.message;
  const item = issues.find((issue) => issue.item !== undefined);
  if (item?.item !== undefined) return `Item ${item.item + 1}: ${item.message}`;
  const inBody = issues.filter((issue) => issue.pointer !== undefined).length;
  return inBody > 0 ? `Breaks its schema in ${countOf(inBody, 'place')}` : undefined;
}

/** Each array item's first problem, by index, so that item's control is flagged too. */
function itemMessages(issues: readonly FormIssue[]): Record<number, string> {
  const messages: Record<number, string> = {};
  for (const issue of issues) {
    if (issue.item !== undefined) messages[issue.item] ??= issue.message;
  }
  return messages;
}
