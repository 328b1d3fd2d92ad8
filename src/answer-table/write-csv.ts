import Papa from 'papaparse';
import type { CsvCell } from './table-csv-rows.ts';

/**
 * RFC 4180 CSV text of rows (CRLF line ends, quotes where needed). Text that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'` (OWASP CSV injection); numbers never do.
 */
export function writeCsv(rows: readonly CsvCell[][]): string {
  return Papa.unparse(rows as CsvCell[][], { escapeFormulae: true, newline: '\r\n' });
}
