import type { FormField } from './form-model.ts';

const SAFE_NAME = /^[A-Za-z0-9_]+$/;

/**
 * The react-hook-form key of a parameter or body property: `query__start_time`, `header__x_2dtrace`…
 * Names that are already safe keep their spelling after `<location>__`; any other name is written after
 * `<location>_x_` with every UTF-8 byte outside [A-Za-z0-9] (the underscore included) as `_hh`. The two
 * prefixes cannot collide and each family is injective, so `filter.name`, `filter_2ename`, `ids[]` and
 * `a b` always get distinct keys, and no key ever contains a dot or a bracket.
 */
export function fieldKey(location: FormField['location'], name: string): string {
  if (SAFE_NAME.test(name)) return `${location}__${name}`;
  let encoded = '';
  for (const char of name) {
    const code = char.codePointAt(0) ?? 0;
    if (/[A-Za-z0-9]/.test(char)) encoded += char;
    // A lone surrogate has no UTF-8 form: `_u` + its code unit keeps it distinct from U+FFFD.
    else if (code >= 0xd800 && code <= 0xdfff) encoded += `_u${code.toString(16)}`;
    else
      for (const byte of new TextEncoder().encode(char)) encoded += `_${byte.toString(16).padStart(2, '0')}`;
  }
  return `${location}_x_${encoded}`;
}
