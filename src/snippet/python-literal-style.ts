import type { LiteralStyle } from './layout-literal.ts';
import { pythonStringLiteral } from './python-string-literal.ts';

/** Python dict/list literals of JSON values (`True`/`False`/`None`), 4-space indent, 88 columns (Black). */
export const pythonLiteralStyle: LiteralStyle = {
  string: pythonStringLiteral,
  key: pythonStringLiteral,
  true: 'True',
  false: 'False',
  null: 'None',
  indent: '    ',
  width: 88,
  braceSpace: '',
  trailingComma: true,
};
