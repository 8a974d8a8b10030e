export interface BracketGroup {
  start: number;
  /** Exclusive. */
  end: number;
  inner: string;
}

const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set(Object.values(CLOSER_OF));
// How far down the open stack a closer looks for its opener; keeps "((((]]]]" linear.
const MAX_REACH = 8;

/** Outermost (), [] and {} groups in order. Unclosed openers and stray closers are left alone. */
export function findGroups(s: string): BracketGroup[] {
  const pairs: [number, number][] = [];
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c in CLOSER_OF) open.push(i);
    else if (CLOSERS.has(c)) closeGroup(s, open, i, pairs);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const groups: BracketGroup[] = [];
  let lastEnd = -1;
  for (const [start, close] of pairs) {
    if (start < lastEnd) continue;
    groups.push({ start, end: close + 1, inner: s.slice(start + 1, close).trim() });
    lastEnd = close + 1;
  }
  return groups;
}

function closeGroup(s: string, open: number[], at: number, pairs: [number, number][]): void {
  const floor = Math.max(0, open.length - MAX_REACH);
  for (let k = open.length - 1; k >= floor; k--) {
    const start = open[k] ?? 0;
    if (CLOSER_OF[s[start] ?? ''] === s[at]) {
      pairs.push([start, at]);
      open.length = k;
      return;
    }
  }
}

/** `s` without the given groups, spaces collapsed where they were. */
export function removeGroups(s: string, groups: readonly BracketGroup[]): string {
  let out = '';
  let from = 0;
  for (const g of groups) {
    out += `${s.slice(from, g.start)} `;
    from = g.end;
  }
  return (out + s.slice(from)).replace(/ {2,}/g, ' ').trim();
}

/** Removes "()", "[ ]" and "{}" left behind by earlier steps. */
export function removeEmptyBrackets(s: string): string {
  return s
    .replace(/\(\s*\)|\[\s*\]|\{\s*\}/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
