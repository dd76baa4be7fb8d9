/**
 * Column alignment as kubectl's printers do it: Go's `text/tabwriter` with minwidth 6, padding 3,
 * pad char ' ' (`printers.GetNewTabWriter`). The last cell of a row is not padded.
 */
export interface AlignOptions {
  minWidth?: number;
  padding?: number;
}

export function alignColumns(rows: string[][], { minWidth = 6, padding = 3 }: AlignOptions = {}): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i === row.length - 1) return; // tabwriter: text after the last tab is a trailing cell
      widths[i] = Math.max(widths[i] ?? 0, Math.max(minWidth, [...cell].length + padding));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i] - [...cell].length)))
      .join('')
      .trimEnd(),
  );
}
