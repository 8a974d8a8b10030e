import { findToken, NAMING_TOKENS } from './naming-tokens.js';
import { parseTemplate } from './parse-template.js';
import { validateTemplate } from './validate-template.js';

const DEFAULTS = [
  '{Album Artist}/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Track Title}',
  '{Artist}/Singles/{Artist} - {Track Title}',
  'Compilations/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Artist} - {Track Title}',
];

describe('validateTemplate accepts', () => {
  it.each([
    ...DEFAULTS,
    '{Artist Name}/{Album Title}/{track:0} {Track Title}',
    '{ARTIST NAME}/{album title}/{TRACK:000}. {track title}',
    '{Album  Artist}/{ Album Title }/{medium:00}{track : 00} {Track Title}',
    '{Genre}/{Label}/{Release Type}/{Original Year} - {Album Title}/{Medium}-{Track Total}-{Medium Total} {ISRC} {Track Title}',
    '{Artist} - {MusicBrainz Recording Id}',
    'Music/{Artist}/{Album Title} [{Release Year}]/{medium:0}.{track:00} {Track Title}',
    '{Track Title}',
    `{Artist}/${'x'.repeat(500 - '{Artist}/{Track Title}'.length)}{Track Title}`,
  ])('%s', (template) => {
    expect(validateTemplate(template)).toEqual([]);
  });
});

describe('validateTemplate rejects', () => {
  it.each<[string, string, string[]]>([
    ['empty', '', ['must not be empty']],
    ['blank', '  \t ', ['must not be empty']],
    ['too long', `{Track Title}${'x'.repeat(488)}`, ['must be at most 500 characters (it has 501)']],
    ['a typo', '{Artst}/{Track Title}', ['has an unknown token {Artst}; did you mean {Artist}?']],
    [
      'a typo in a long name',
      '{Artist}/{Album Titel}/{Track Title}',
      ['has an unknown token {Album Titel}; did you mean {Album Title}?'],
    ],
    ['a bad format', '{track:x} {Track Title}', ['has an unknown token {track:x}; did you mean {track:0}?']],
    ['a part of a name', '{Year}/{Track Title}', ['has an unknown token {Year}; did you mean {Release Year}?']],
    ['something unrelated', '{Bitrate} {Track Title}', ['has an unknown token {Bitrate}']],
    ['an empty token', '{} {Track Title}', ['has an empty token {}']],
    ['an unclosed brace', '{Artist/{Track Title}', ['has an unclosed { at character 1']],
    ['an unclosed brace at the end', '{Track Title} {Artist', ['has an unclosed { at character 15']],
    ['a stray closing brace', '{Artist}}/{Track Title}', ['has a } without a matching { at character 9']],
    [
      'an absolute path',
      '/music/{Artist}/{Track Title}',
      ['must be relative to the library root, not start with / or a drive'],
    ],
    ['a drive', 'C:/{Artist}/{Track Title}', ['must be relative to the library root, not start with / or a drive']],
    [
      'a UNC path',
      '\\\\server\\{Track Title}',
      ['must be relative to the library root, not start with / or a drive', 'must separate folders with /, not \\'],
    ],
    [
      'a way out of the root',
      '{Album Title}/../../{Track Title}',
      ['must not contain . or .. folders, which would leave or repeat a folder'],
    ],
    [
      'a way out at the end',
      '{Album Title}/../..',
      ['must not contain . or .. folders, which would leave or repeat a folder'],
    ],
    [
      'a . folder',
      './{Artist}/{Track Title}',
      ['must not contain . or .. folders, which would leave or repeat a folder'],
    ],
    ['backslashes', '{Artist}\\{Track Title}', ['must separate folders with /, not \\']],
    ['an empty folder name', '{Artist}//{Track Title}', ['must not have an empty folder name (//)']],
    ['a trailing slash', '{Artist}/{Track Title}/', ['must end with a file name, not /']],
    ['a line break', '{Artist}/\n{Track Title}', ['must not contain control characters or line breaks']],
    [
      'no title: every track of an album would collide',
      '{Album Artist}/{Album Title}/{track:00}',
      ['must contain {Track Title} in the file name (after the last /), or different tracks would get the same name'],
    ],
    [
      'the title only in a folder',
      '{Track Title}/{Artist}',
      ['must contain {Track Title} in the file name (after the last /), or different tracks would get the same name'],
    ],
  ])('%s: %j', (_case, template, problems) => {
    expect(validateTemplate(template)).toEqual(problems);
  });

  it('lists every problem at once', () => {
    expect(validateTemplate('/{Artst}/../{Albm Title}')).toEqual([
      'must be relative to the library root, not start with / or a drive',
      'must not contain . or .. folders, which would leave or repeat a folder',
      'has an unknown token {Artst}; did you mean {Artist}?',
      'has an unknown token {Albm Title}; did you mean {Album Title}?',
    ]);
  });
});

describe('parseTemplate', () => {
  it('splits text and tokens, keeping how each token was written', () => {
    const { parts, problems } = parseTemplate('{album artist}/{Album Title} ({Release Year})');
    expect(problems).toEqual([]);
    expect(parts.map((p) => (p.kind === 'text' ? p.text : `${p.written}=${p.token.token}`))).toEqual([
      '{album artist}={Album Artist}',
      '/',
      '{Album Title}={Album Title}',
      ' (',
      '{Release Year}={Release Year}',
      ')',
    ]);
  });

  it('finds every listed token by its own spelling, in any case', () => {
    for (const { token } of NAMING_TOKENS) {
      expect(findToken(token.slice(1, -1).toUpperCase())?.token).toBe(token);
    }
  });
});
