import { utf8Length } from '@app/core';
import { numberedSibling } from './unique-sibling.js';

describe('numberedSibling', () => {
  it.each<[string, number, string]>([
    ['Linkin Park/Meteora (2003)/13 - Numb.flac', 2, 'Linkin Park/Meteora (2003)/13 - Numb (2).flac'],
    ['Numb.flac', 10, 'Numb (10).flac'],
    ['Artist/No Extension', 3, 'Artist/No Extension (3)'],
    ['Artist/_hidden.mp3', 2, 'Artist/_hidden (2).mp3'],
    ['Mr. Brightside.mp3', 2, 'Mr. Brightside (2).mp3'],
  ])('%s, %i → %s', (relative, n, expected) => {
    expect(numberedSibling(relative, n)).toBe(expected);
  });

  it('shortens a long title so that the name stays within 180 bytes', () => {
    const sut = numberedSibling(`Artist/${'é'.repeat(88)}.flac`, 2);
    const name = sut.split('/')[1] ?? '';
    expect(utf8Length(name)).toBeLessThanOrEqual(180);
    expect(name).toMatch(/^é+ \(2\)\.flac$/);
  });
});
