import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReleaseTitle } from './parse-release-title.js';

function readTsv(name: string): string[][] {
  const text = readFileSync(join(import.meta.dirname, '../../test/fixtures', name), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t'));
}

/** Lidarr's own QualityParserFixture cases: the rules were written while reading them (tuning set). */
const LIDARR = readTsv('lidarr-quality-parser-cases.tsv');
/** Titles written and labelled before the parser ran on them: the held-out set. */
const OWN = readTsv('own-release-titles.tsv');

function meetsLidarrExpectation(title: string, expected: string): boolean {
  const parsed = parseReleaseTitle(title);
  if (expected === 'NOT APE') return parsed.quality !== 'APE';
  if (expected === '(detection source = Name)') return parsed.codecFrom === 'name';
  if (expected === '(detection source = Extension)') return parsed.codecFrom === 'extension';
  return parsed.quality === expected;
}

describe('release-title quality, Lidarr QualityParserFixture (79 titles)', () => {
  it('has all 79 cases', () => {
    expect(LIDARR).toHaveLength(79);
  });

  it.each(LIDARR)('%s → %s', (title, expected) => {
    expect(meetsLidarrExpectation(title!, expected!)).toBe(true);
  });
});

describe('release-title facts, own held-out titles', () => {
  it.each(OWN)('%s → %s', (title, quality, year, source) => {
    const parsed = parseReleaseTitle(title!);
    expect({ quality: parsed.quality, year: parsed.year, source: parsed.source }).toEqual({
      quality,
      year: year ? Number(year) : undefined,
      source: source || undefined,
    });
  });
});

describe('release-title details', () => {
  it.each([
    ['Kehlani - SweetSexySavage (Deluxe Edition) (2017) 320', { edition: 'Deluxe Edition', year: 2017 }],
    ['Beck.-.Guero.2005.[2016.Remastered].24bit.96kHz.LOSSLESS.FLAC', { edition: '2016 Remastered', bitDepth: 24 }],
    ['Roxette - Charm School(2011) (2CD) [WV]', { discs: 2, codec: 'WavPack' }],
    ['ADELE 25 CD FLAC 2015 PERFECT', { source: 'CD', year: 2015 }],
    ['Stevie Ray Vaughan Discography (1981-1987) [APE]', { discography: true }],
    ['Glenn Miller - In the Mood (1939) [FLAC 16-44.1] 12 tracks', { bitDepth: 16, tracks: 12, discography: false }],
    ['Sia - This Is Acting (Standard Edition) [2016-Web-MP3-V0(VBR)]', { bitrate: { vbr: 'V0' }, source: 'WEB' }],
  ])('%s', (title, expected) => {
    expect(parseReleaseTitle(title)).toMatchObject(expected);
  });
});

describe('codec source', () => {
  it.each([
    ['01. Kanye West - Ultralight Beam.flac', 'extension', 'FLAC'],
    ['Beck.-.Guero.2005.[2016.Remastered].24bit.96kHz.LOSSLESS.FLAC', 'name', 'FLAC'],
    ['Kendrick Lamar - DAMN (2017) FLAC', 'name', 'FLAC'],
  ])('%s: codec read from the %s', (title, from, codec) => {
    expect(parseReleaseTitle(title)).toMatchObject({ codecFrom: from, codec });
  });
});
