import type { AnswerTable } from './flatten-rows.ts';

/** One CSV cell: numbers and booleans stay typed, so the CSV writer can tell `-5` from a formula. */
export type CsvCell = string | number | boolean;

/** The CSV rows of a table: the column names, then one line per row; a missing or null cell is empty. */
export function tableCsvRows(table: AnswerTable): CsvCell[][] {
  return [
    table.columns,
    ...table.rows.map((row) =>
      table.columns.map((column) => {
        const value = Object.hasOwn(row, column) ? row[column] : null;
        return value === null || value === undefined ? '' : value;
      }),
    ),
  ];
}
