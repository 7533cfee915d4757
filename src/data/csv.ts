/**
 * Tables as CSV (RFC 4180), for the data downloads. A cell that a spreadsheet would read as a
 * formula (starting with = + - @ or a tab) is prefixed with an apostrophe, so a downloaded file
 * cannot run anything when opened.
 */
export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface TableModel {
  caption: string;
  columns: Column[];
  rows: Record<string, string | number | null>[];
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(table: TableModel): string {
  const lines = [
    table.columns.map((c) => csvCell(c.label)),
    ...table.rows.map((row) => table.columns.map((c) => csvCell(row[c.key]))),
  ];
  return `${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/** The table as JSON records keyed by column key, with the caption and column labels. */
export function toJson(table: TableModel): string {
  return `${JSON.stringify({ caption: table.caption, columns: table.columns, rows: table.rows }, null, 2)}\n`;
}
