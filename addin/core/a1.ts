/** A1-style address helpers for the Excel adapter (pure). */

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`bad column index ${index}`);
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A1:C3" for 0-based row/column and a size (rows, cols >= 1). */
export function rectAddress(row: number, col: number, rows = 1, cols = 1): string {
  const a = `${columnLetters(col)}${row + 1}`;
  if (rows === 1 && cols === 1) return a;
  return `${a}:${columnLetters(col + cols - 1)}${row + rows}`;
}

/** A sheet name as it must appear in a formula or an address: quoted when needed. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Joins consecutive row indexes into runs: [2,3,4,9] -> [[2,3],[9,1]] as [start, length].
 * Used to address highlighted rows with few areas.
 */
export function rowRuns(rows: readonly number[]): [number, number][] {
  const sorted = [...rows].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else if (!last || last[0] + last[1] < r) out.push([r, 1]);
  }
  return out;
}
