import { type Column, renderFields, renderTable, truncate } from './table.js';

interface Row {
  id: string;
  count: number;
  query: string;
}

const COLUMNS: Column<Row>[] = [
  { header: 'ID', value: (r) => r.id },
  { header: 'N', value: (r) => String(r.count), align: 'right' },
  { header: 'QUERY', value: (r) => r.query, shrink: true },
];

const ROWS: Row[] = [
  { id: 'a1', count: 7, query: 'numb linkin park' },
  { id: 'b22', count: 12, query: 'Björk – Jóga' },
];

describe('renderTable', () => {
  it('aligns columns under their headers, numbers to the right', () => {
    expect(renderTable(COLUMNS, ROWS)).toBe(
      ['ID    N  QUERY', 'a1    7  numb linkin park', 'b22  12  Björk – Jóga'].join('\n'),
    );
  });

  it('narrows the shrinkable column to fit the terminal, marking the cut', () => {
    const table = renderTable(COLUMNS, ROWS, 22);
    expect(table.split('\n')).toEqual(['ID    N  QUERY', 'a1    7  numb linkin…', 'b22  12  Björk – Jóga']);
    for (const line of table.split('\n')) expect([...line].length).toBeLessThanOrEqual(22);
  });

  it('cuts whole lines when even the narrowed column does not fit', () => {
    const lines = renderTable(COLUMNS, ROWS, 12).split('\n');
    expect(lines[1]).toBe('a1    7  nu…');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(12);
  });

  it('keeps a value on one line', () => {
    expect(renderTable(COLUMNS, [{ id: 'x', count: 1, query: 'two\nlines\tand tab' }])).toContain('two lines and tab');
  });

  it('renders only the header for no rows', () => {
    expect(renderTable(COLUMNS, [])).toBe('ID  N  QUERY');
  });
});

describe('renderFields', () => {
  it('aligns the values after the longest key', () => {
    expect(
      renderFields([
        ['id', '1'],
        ['progress', '50%'],
      ]),
    ).toBe('id        1\nprogress  50%');
  });
});

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['eleven char', 10, 'eleven ch…'],
    ['Jóga Jóga', 5, 'Jóga…'],
    ['anything', 0, ''],
  ])('%j to %d is %j', (text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
  });
});
