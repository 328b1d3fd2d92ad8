import { useState } from 'react';
import type { AnswerTable } from '../../answer-table/flatten-rows.ts';
import { tableCsvRows } from '../../answer-table/table-csv-rows.ts';
import { formatUtc } from '../../unix-time/format-unix-time.ts';
import './answer-table-view.css';

// Thousands of rows would make the page slow to scroll; the CSV always has every row.
const SHOWN_ROWS = 500;

/** The answer as a table, with a CSV download of every row. */
export function AnswerTableView({
  table,
  id,
  fileName,
}: {
  table: AnswerTable;
  /** Id of the table, so a chart can name it as its text alternative. */
  id: string;
  fileName: string;
}) {
  const [status, setStatus] = useState('');
  const download = async () => {
    // The CSV writer loads with the first download.
    const { writeCsv } = await import('../../answer-table/write-csv.ts');
    const blob = new Blob([writeCsv(tableCsvRows(table))], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setStatus(`Downloaded ${fileName} (${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'}).`);
  };
  const shown = table.rows.slice(0, SHOWN_ROWS);
  return (
    <div className="answer-table">
      <div className="body-actions">
        <button type="button" onClick={() => void download()}>
          Download CSV
        </button>
        <span role="status">{status}</span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a named, focusable scroll box around the table */}
      <div
        className="table-scroll"
        role="group"
        aria-label="Answer table"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the box scrolls, so it must take keyboard focus
        tabIndex={0}
      >
        <table id={id}>
          <caption>
            {table.rows.length} {table.rows.length === 1 ? 'row' : 'rows'}
            {table.nested ? ` (one per item of ${table.nested})` : ''}
            {shown.length < table.rows.length ? `; the first ${shown.length} shown, the CSV has all` : ''}
          </caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
              <tr key={i}>
                {table.columns.map((column) => {
                  const value = Object.hasOwn(row, column) ? row[column] : null;
                  return (
                    <td key={column} className={typeof value === 'number' ? 'numeric' : undefined}>
                      {value === null || value === undefined ? '' : String(value)}
                      {typeof value === 'number' && column.endsWith('_time') && isPlausibleUnix(value) && (
                        <span className="muted"> {formatUtc(value)}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Between 2001 and 2100 in Unix seconds: a `*_time` number that reads as a date. */
function isPlausibleUnix(value: number): boolean {
  return Number.isInteger(value) && value > 978_307_200 && value < 4_102_444_800;
}
