import { OutputCollector } from './output-collector.js';

function linesOf(chunks: string[]): string[] {
  const lines: string[] = [];
  const sut = new OutputCollector((line) => lines.push(line));
  chunks.forEach((chunk) => sut.push(chunk));
  sut.end();
  return lines;
}

describe('OutputCollector', () => {
  it.each([
    ['one chunk', ['a\nb\n'], ['a', 'b']],
    ['a line split across chunks', ['[download]  12', '.5% of 3.2MiB\n'], ['[download]  12.5% of 3.2MiB']],
    ['CRLF split across chunks', ['a\r', '\nb\r\n'], ['a', 'b']],
    ['progress redrawn with CR', ['  5%\r 10%\r 15%\r'], ['  5%', ' 10%', ' 15%']],
    ['a last line without a newline', ['a\nlast'], ['a', 'last']],
    ['empty lines in the middle', ['a\n\nb\n'], ['a', '', 'b']],
    ['nothing', [], []],
  ])('splits %s', (_case, chunks, expected) => {
    expect(linesOf(chunks)).toEqual(expected);
  });

  it('keeps the whole text when no limit is given', () => {
    const sut = new OutputCollector();
    sut.push('{"id":');
    sut.push('"dQw4w9WgXcQ"}');
    expect(sut.text).toBe('{"id":"dQw4w9WgXcQ"}');
  });

  it('keeps only the last maxChars characters', () => {
    const sut = new OutputCollector(undefined, 10);
    for (let i = 0; i < 100; i++) sut.push(`${i},`);
    expect(sut.text).toBe(',97,98,99,');
  });
});
