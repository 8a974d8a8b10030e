export interface Column<T> {
  header: string;
  value: (row: T) => string;
  /** Numbers read better right-aligned. */
  align?: 'left' | 'right';
  /** The column that gives up width first when the table is wider than the terminal. */
  shrink?: boolean;
}

const GAP = '  ';
const ELLIPSIS = '…';
/** A shrinking column keeps at least this many characters. */
const MIN_SHRUNK = 8;

/** Aligned columns with a header line; cut to `width` by narrowing the shrinkable column, then every line. */
export function renderTable<T>(columns: Column<T>[], rows: T[], width?: number): string {
  const cells = rows.map((row) => columns.map((column) => oneLine(column.value(row))));
  const widths = columns.map((column, i) => Math.max(column.header.length, ...cells.map((r) => length(r[i]!))));
  if (width !== undefined) fitWidths(columns, widths, width);
  const line = (values: string[]) =>
    values
      .map((value, i) => pad(truncate(value, widths[i]!), widths[i]!, columns[i]!.align))
      .join(GAP)
      .trimEnd();
  const lines = [line(columns.map((c) => c.header)), ...cells.map(line)];
  return (width === undefined ? lines : lines.map((l) => truncate(l, width))).join('\n');
}

/** `key  value` lines with the keys aligned, for one record. */
export function renderFields(fields: [string, string][]): string {
  const keyWidth = Math.max(0, ...fields.map(([key]) => key.length));
  return fields.map(([key, value]) => `${key.padEnd(keyWidth)}  ${value}`).join('\n');
}

export function truncate(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return width <= 0
    ? ''
    : chars
        .slice(0, width - 1)
        .join('')
        .trimEnd() + ELLIPSIS;
}

function fitWidths<T>(columns: Column<T>[], widths: number[], width: number): void {
  const total = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1);
  const excess = total - width;
  const index = columns.findIndex((c) => c.shrink);
  if (excess <= 0 || index < 0) return;
  const floor = Math.min(widths[index]!, Math.max(MIN_SHRUNK, columns[index]!.header.length));
  widths[index] = Math.max(floor, widths[index]! - excess);
}

function pad(text: string, width: number, align: Column<unknown>['align']): string {
  const room = Math.max(0, width - length(text));
  return align === 'right' ? ' '.repeat(room) + text : text + ' '.repeat(room);
}

const length = (text: string) => [...text].length;

const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, ' ');
