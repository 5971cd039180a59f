/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
	const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Bytes as kilobytes (1024) with one decimal: `12.3`. */
export const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);

/** A Markdown table (it prints readably and pastes into the README): numbers right-aligned, text left. */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
	const cells = [header, ...rows].map((row) => row.map(String));
	const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => row[column]!.length)));
	const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number' || /^[\d.,-]+( ?[a-z%]+)?$/i.test(String(row[column]))));
	const line = (row: string[]) => `| ${row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`;
	const rule = `| ${widths.map((width, column) => (numeric[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
	return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}
