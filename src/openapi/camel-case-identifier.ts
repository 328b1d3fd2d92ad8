/**
 * camelCase of an operationId as a JavaScript IdentifierName: `usage-audio-speeches` → `usageAudioSpeeches`,
 * `list_users` → `listUsers`, `2fa.verify` → `_2faVerify`, `` → `_`.
 * Reserved words stay as they are: after a dot (`client.delete()`) they are legal, and renaming them would
 * call a method the SDK does not have. Use `bindingIdentifier` where a reserved word is not allowed.
 */
export function camelCaseIdentifier(text: string): string {
  // Anything that cannot continue an identifier separates words; `_` too, so snake_case is camel-cased.
  const words = text.split(/(?:[^\p{ID_Continue}]|_)+/u).filter((word) => word !== '');
  const joined = words
    .map((word, index) => {
      if (index === 0) return word === word.toUpperCase() ? word.toLowerCase() : lowerFirst(word);
      return upperFirst(word);
    })
    .join('');
  if (joined === '') return '_';
  return /^\p{ID_Start}/u.test(joined) ? joined : `_${joined}`;
}

function lowerFirst(word: string): string {
  const [first = '', ...rest] = word;
  return first.toLowerCase() + rest.join('');
}

function upperFirst(word: string): string {
  const [first = '', ...rest] = word;
  // Some letters change length when upper-cased (ß → SS); still identifier characters, so that is fine.
  return first.toUpperCase() + rest.join('');
}
