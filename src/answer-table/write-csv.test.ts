import { describe, expect, it } from 'vitest';
import { hostileRows } from './fixtures/hostile-rows.ts';
import { flattenRows } from './flatten-rows.ts';
import { tableCsvRows } from './table-csv-rows.ts';
import { writeCsv } from './write-csv.ts';

describe('writeCsv', () => {
  it('quotes commas, quotes and line breaks; CRLF between lines', () => {
    expect(
      writeCsv([
        ['a', 'b'],
        ['x, y', 'say "hi"\nthere'],
      ]),
    ).toBe('a,b\r\n"x, y","say ""hi""\nthere"');
  });

  it('defuses spreadsheet formulas in text but leaves negative numbers alone', () => {
    expect(writeCsv([['=1+1', '@SUM(A1)', '-2', -2, '+x']])).toBe(`"'=1+1","'@SUM(A1)","'-2",-2,"'+x"`);
    const table = flattenRows({ parameters: [] }, hostileRows);
    expect(table && writeCsv(tableCsvRows(table))).toBe(
      '__proto__.polluted,constructor,name,tags\r\ntrue,x,"\'=HYPERLINK(""http://evil"")","[""a"",""b""]"',
    );
  });
});
