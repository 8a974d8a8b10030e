import { parseRequestList, splitCsvLine } from './parse-request-list.js';

describe('parseRequestList', () => {
  it('takes one request per non-empty line of pasted text, skipping comments', () => {
    const list = parseRequestList(
      'numb linkin park\n\n# later\n  https://youtu.be/kXYiU_JCYtU  \r\nDaft Punk - Derezzed\n',
    );
    expect(list.format).toBe('lines');
    expect(list.entries).toEqual([
      { query: 'numb linkin park', line: 1 },
      { query: 'https://youtu.be/kXYiU_JCYtU', line: 4 },
      { query: 'Daft Punk - Derezzed', line: 5 },
    ]);
  });

  it('reads an extended M3U: EXTINF titles with durations, file names when a track has none', () => {
    const m3u = [
      '#EXTM3U',
      '#EXTINF:187,Linkin Park - Numb',
      '/music/Linkin Park/Meteora/13 Numb.mp3',
      'C:\\Music\\Massive%20Attack%20-%20Teardrop.flac',
      '#EXTINF:-1,Radio stream',
      'http://radio.example/stream',
    ].join('\n');
    const list = parseRequestList(m3u, 'mix.m3u8');
    expect(list.format).toBe('m3u');
    expect(list.entries).toEqual([
      { query: 'Linkin Park - Numb', line: 2, durationMs: 187_000 },
      { query: 'Massive Attack - Teardrop', line: 4 },
      { query: 'Radio stream', line: 5 },
    ]);
  });

  it('recognises an M3U by its header without a file name', () => {
    expect(parseRequestList('#EXTM3U\nsong.mp3').entries).toEqual([{ query: 'song', line: 2 }]);
  });

  it('reads a CSV with artist and title columns in any order and case, quotes included', () => {
    const csv = 'Title,Album,Artist\n"Numb","Meteora","Linkin Park"\n"Hello, Goodbye",,The Beatles\n,,Nobody\n';
    const list = parseRequestList(csv, 'export.CSV');
    expect(list.format).toBe('csv');
    expect(list.entries).toEqual([
      { query: 'Linkin Park - Numb', line: 2 },
      { query: 'The Beatles - Hello, Goodbye', line: 3 },
    ]);
    expect(list.skipped).toEqual([{ line: 4, reason: 'no title' }]);
  });

  it('detects a CSV by its header and explains a header without a title column', () => {
    expect(parseRequestList('artist,title\nBjörk,Jóga').entries).toEqual([{ query: 'Björk - Jóga', line: 2 }]);
    expect(parseRequestList('artist,year\nBjörk,1997', 'x.csv').skipped[0]?.reason).toContain('no title column');
  });

  it('skips over-long lines with a reason and strips control characters', () => {
    const list = parseRequestList(`${'x'.repeat(501)}\nab\u0000c`);
    expect(list.skipped).toEqual([{ line: 1, reason: 'longer than 500 characters' }]);
    expect(list.entries).toEqual([{ query: 'ab c', line: 2 }]);
  });
});

describe('splitCsvLine', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['a,,', ['a', '', '']],
  ])('%s', (line, cells) => expect(splitCsvLine(line)).toEqual(cells));
});
