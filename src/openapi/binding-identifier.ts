import { camelCaseIdentifier } from './camel-case-identifier.ts';

// ECMAScript reserved words plus the strict-mode and module ones: modules are strict, and an import
// binding cannot use any of them.
const RESERVED = new Set(
  (
    'await break case catch class const continue debugger default delete do else enum export extends false ' +
    'finally for function if implements import in instanceof interface let new null package private ' +
    'protected public return static super switch this throw true try typeof var void while with yield ' +
    'arguments eval undefined'
  ).split(' '),
);

/** A name usable as a variable/import binding in a module: camelCased, `_`-prefixed if reserved. */
export function bindingIdentifier(text: string): string {
  const name = camelCaseIdentifier(text);
  return RESERVED.has(name) ? `_${name}` : name;
}
