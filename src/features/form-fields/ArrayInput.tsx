import { type Control, Controller } from 'react-hook-form';
import type { FormField, FormValues } from '../../form/form-model.ts';

/** An editable list of scalar items (chips would hide the per-item errors; plain rows keep them visible). */
export function ArrayInput({
  field,
  control,
  itemErrors,
}: {
  field: FormField;
  control: Control<FormValues>;
  itemErrors: Record<number, string>;
}) {
  return (
    <Controller
      control={control}
      name={field.key}
      render={({ field: { value, onChange, onBlur } }) => {
        const items = Array.isArray(value) ? value : [];
        const setItem = (index: number, next: string) =>
          onChange(items.map((v, i) => (i === index ? next : v)));
        const enumValues = field.item?.enumValues;
        return (
          <div className="array-input">
            {items.map((item, index) => {
              const label = `${field.name} item ${index + 1}`;
              const id = `${field.key}-${index}`;
              const error = itemErrors[index];
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: items are positional; the index is their identity
                <div className="array-item" key={index}>
                  <label className="visually-hidden" htmlFor={id}>
                    {label}
                  </label>
                  {enumValues ? (
                    <select
                      id={id}
                      value={item}
                      onChange={(e) => setItem(index, e.target.value)}
                      onBlur={onBlur}
                      aria-invalid={error ? true : undefined}
                    >
                      <option value="">Choose…</option>
                      {enumValues.map((v) => (
                        <option key={v} value={v}>
                          {v}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input
                      id={id}
                      type="text"
                      value={item}
                      autoComplete="off"
                      spellCheck={false}
                      onChange={(e) => setItem(index, e.target.value)}
                      onBlur={onBlur}
                      aria-invalid={error ? true : undefined}
                    />
                  )}
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove ${label}`}
                    onClick={() => onChange(items.filter((_, i) => i !== index))}
                  >
                    ×
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                // Suggest the next unused enum value so group_by fills in one click per item.
                const next = enumValues?.find((v) => !items.includes(v)) ?? '';
                onChange([...items, next]);
              }}
            >
              Add {field.name} item
            </button>
          </div>
        );
      }}
    />
  );
}
