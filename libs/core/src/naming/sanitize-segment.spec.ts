import { ValidationError } from '../errors/index.js';
import { sanitizePath } from './sanitize-path.js';
import { MAX_SEGMENT_BYTES, sanitizeSegment } from './sanitize-segment.js';
import { utf8Length } from './utf8.js';

describe('sanitizeSegment', () => {
  it.each<[string, string, string]>([
    ['a plain name', 'Numb', 'Numb'],
    ['a Unix path', '../../etc/passwd', '_.-..-etc-passwd'],
    ['a Windows path', '..\\..\\windows', '_.-..-windows'],
    ['a NUL byte', 'Nu\u0000mb', 'Nu mb'],
    ['tabs and line breaks', 'Numb\t(Live)\r\nEncore', 'Numb (Live) Encore'],
    ['every character Windows refuses', 'a<b>c:d"e|f?g*h', "abc-d'e-fg-h"],
    ['a colon before a space', 'Requiem: Lacrimosa', 'Requiem - Lacrimosa'],
    ['a device name', 'CON', 'CON_'],
    ['a device name in lower case', 'nul', 'nul_'],
    ['a device name with an extension', 'nul.txt', 'nul_.txt'],
    ['a device name, a space and an extension', 'AUX .tar.gz', 'AUX_.tar.gz'],
    ['a numbered device', 'COM1', 'COM1_'],
    ['a numbered printer', 'lpt9.log', 'lpt9_.log'],
    ['a name that only starts like a device', 'CONSOLE', 'CONSOLE'],
    ['dots only', '...', '_'],
    ['dots and spaces', ' . . . ', '_'],
    ['spaces only', '    ', '_'],
    ['nothing', '', '_'],
    ['a hidden file', '.hidden', '_hidden'],
    ['a leading ellipsis', '...And Justice for All', '_..And Justice for All'],
    ['trailing dots and spaces', 'The End. . ', 'The End'],
    ['a right-to-left override', 'evil\u202egpj.exe', 'evilgpj.exe'],
    ['right-to-left marks', '\u200fשלום\u200f', 'שלום'],
    ['an unpaired surrogate', 'a\ud800b', 'a\ufffdb'],
    ['emoji and a family sequence', '🎵 Song 👨‍👩‍👧', '🎵 Song 👨‍👩‍👧'],
    ['decomposed accents', 'Beyonce\u0301', 'Beyonc\u00e9'],
    ['no-break and ideographic spaces', 'A\u00a0B\u3000C', 'A B C'],
  ])('%s: %j → %j', (_case, input, expected) => {
    expect(sanitizeSegment(input)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['a device name', 'CON', 'CON_.mp3'],
    ['a name ending with a dot', 'Numb.', 'Numb.mp3'],
    ['nothing', '', '_.mp3'],
  ])('with an extension, %s: %j', (_case, input, expected) => {
    expect(sanitizeSegment(input, { extension: 'mp3' })).toBe(expected);
  });

  it('cuts a 1,000-character title to 180 bytes, keeping the extension', () => {
    const sut = sanitizeSegment('a'.repeat(1000), { extension: '.flac' });
    expect(sut).toBe(`${'a'.repeat(175)}.flac`);
  });

  it.each<[string, string, number]>([
    ['emoji (4 bytes each)', '😀'.repeat(100), 45],
    ['a letter with a combining accent (3 bytes each)', 'x\u0301'.repeat(100), 60],
    ['CJK (3 bytes each)', '漢'.repeat(100), 60],
  ])('cuts %s between characters', (_case, input, kept) => {
    const sut = sanitizeSegment(input);
    expect(utf8Length(sut)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
    expect(sut).toBe(input.slice(0, (input.length / 100) * kept));
  });

  it('never leaves a trailing space where a cut fell', () => {
    const sut = sanitizeSegment(`${'a'.repeat(179)} b`);
    expect(sut).toBe('a'.repeat(179));
  });
});

describe('sanitizePath', () => {
  it.each<[string, string]>([
    ['Linkin Park/Meteora (2003)/13 - Numb.flac', 'Linkin Park/Meteora (2003)/13 - Numb.flac'],
    ['/etc/passwd', 'etc/passwd'],
    ['../../etc/passwd', '_/_/etc/passwd'],
    ['a/./b.mp3', 'a/b.mp3'],
    ['a//b/ /c', 'a/b/c'],
    ['a\\..\\b', 'a-..-b'],
    ['CON/nul.mp3', 'CON_/nul_.mp3'],
    ['', '_'],
    ['/', '_'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizePath(input)).toBe(expected);
  });

  it('shortens the longest names evenly when the whole path is over 1,000 bytes', () => {
    const folder = 'f'.repeat(180);
    const sut = sanitizePath(`${Array(8).fill(folder).join('/')}/short/${'t'.repeat(300)}.flac`);
    const names = sut.split('/');
    expect(utf8Length(sut)).toBeLessThanOrEqual(1000);
    expect(names).toHaveLength(10);
    expect(names[8]).toBe('short');
    expect(names[9]).toMatch(/^t+\.flac$/);
    expect(new Set(names.slice(0, 8).map((name) => name.length)).size).toBe(1);
    expect(names[0]!.length).toBeGreaterThan(100);
  });

  it('refuses a path with more names than 1,000 bytes can hold', () => {
    expect(() => sanitizePath(`${'a/'.repeat(600)}b.mp3`)).toThrow(ValidationError);
  });
});
