import type { RecordingCandidate, ScoreTarget } from '@app/core';
import { correctOneWord, oneEditApart } from './typo-correction.js';

const candidate = (title: string, artists: string[]): RecordingCandidate => ({
  provider: 'musicbrainz',
  providerId: 'x',
  title,
  artists,
});
const target = (title: string, artists: string[]): ScoreTarget => ({ title, artists, versions: [] });

describe('correctOneWord', () => {
  it.each([
    ['Knaye West', 'Fade', 'Kanye West', 'Fade', "read 'knaye' as 'kanye' (one letter off)"],
    [
      'Nirvana',
      'Smels Like Teen Spirit',
      'Nirvana',
      'Smells Like Teen Spirit',
      "read 'smels' as 'smells' (one letter off)",
    ],
    ['Rush', 'Limellight', 'Rush', 'Limelight', "read 'limellight' as 'limelight' (one letter off)"],
    ['The Cranbrries', 'Zombie', 'The Cranberries', 'Zombie', "read 'cranbrries' as 'cranberries' (one letter off)"],
    ['Queen', "I'm In Love Wth My Car", 'Queen', "I'm in Love With My Car", "read 'wth' as 'with' (one letter off)"],
  ])('reads %s - %s with the spelling of %s - %s', (artist, title, offeredArtist, offeredTitle, sentence) => {
    const corrected = correctOneWord(target(title, [artist]), candidate(offeredTitle, [offeredArtist]));
    expect(corrected?.sentence).toBe(sentence);
    expect(corrected?.target).toMatchObject({ title: expect.any(String), artists: [offeredArtist] });
  });

  it.each([
    ['two misspelt words', 'Knaye Wets', 'Fade', 'Kanye West', 'Fade'],
    ['a word two letters off', 'Seether', 'Gazolime', 'Seether', 'Gasoline'],
    ['another word', 'Abstrakt', 'Nobody', 'Abstrakt', 'Nobody Else'],
    ['nothing misspelt', 'Seether', 'Gasoline', 'Seether', 'Gasoline'],
    ['a two-letter word', 'U3', 'One', 'U2', 'One'],
  ])('leaves %s alone', (_case, artist, title, offeredArtist, offeredTitle) => {
    expect(correctOneWord(target(title, [artist]), candidate(offeredTitle, [offeredArtist]))).toBeUndefined();
  });

  it.each([
    ['kanye', 'knaye', true],
    ['with', 'wth', true],
    ['smells', 'smels', true],
    ['limelight', 'limellight', true],
    ['zombie', 'zombie', false],
    ['gasoline', 'gasolnie', true],
    ['gasoline', 'gazolime', false],
    ['time', 'tame', true],
    ['time', 'times', true],
    ['time', 'tim', true],
    ['time', 'tie', true],
    ['time', 'team', false],
  ])('%s and %s are one edit apart: %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
  });
});
