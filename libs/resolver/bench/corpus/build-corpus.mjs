#!/usr/bin/env node
// Builds match-corpus.jsonl once: noisy titles generated from the real artist/title pairs in
// artist-title-pairs.jsonl, plus the hand-labelled titles of recorded-video-titles.jsonl, each row assigned to
// `tuning` or `holdout` by a seeded shuffle. Run again only to rebuild the same file: the seed is fixed, so the
// split does not move. `node libs/resolver/bench/corpus/build-corpus.mjs`
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED = 20261207;
const VARIANTS_PER_PAIR = 6;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rng = mulberry32(SEED);
const pick = (list) => list[Math.floor(rng() * list.length)];
const shuffle = (list) => {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};
const readJsonl = (file) =>
  fs
    .readFileSync(path.join(here, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));

const pairs = readJsonl('artist-title-pairs.jsonl');
const recorded = readJsonl('recorded-video-titles.jsonl');

const OFFICIAL = [
  '(Official Video)',
  '(Official Music Video)',
  '[Official Video]',
  '(Official Audio)',
  '[Official Audio]',
  '(Official Lyric Video)',
  '(Lyrics)',
  '[Lyrics]',
  '(Lyric Video)',
  '(Audio)',
  '(Visualizer)',
  '[HD]',
  '(HQ)',
  '[4K]',
  '(Official Visualizer)',
  '(Official 4K Video)',
  '[Official Music Video]',
  '(Official HD Video)',
  '(Music Video)',
];
const FOREIGN = [
  '(Video Oficial)',
  '(Videoclip Oficial)',
  '(Audio Oficial)',
  '(Letra)',
  '(Clip Officiel)',
  '(Clip officiel)',
  '(Paroles)',
  '(Offizielles Musikvideo)',
  '(Offizielles Video)',
  '(Video Ufficiale)',
  '(Testo)',
  '(Officiële Video)',
  '(Officiell Video)',
  '(Teledysk)',
  '(Oficjalny Teledysk)',
  '(Resmi Video)',
  '(Legendado)',
  '(Tradução)',
  '(Официальное видео)',
  '(Официальный клип)',
  '(Текст песни)',
  '(Премьера клипа)',
  '[官方MV]',
  '【官方MV】',
  '(官方版)',
  '[歌詞付き]',
  '(뮤직비디오)',
  '[MV]',
  '[M/V]',
  '【Official Music Video】',
  '(ミュージックビデオ)',
  '[Lyrics + Vietsub]',
  '(Video Lirik)',
  '(Lyric Video) [Legendado]',
];
const GENRES = [
  '[shoegaze]',
  '[Trip-Hop / Downtempo]',
  '[post-punk / new wave]',
  '[Indie Rock]',
  '[Hip-Hop]',
  '[dream pop]',
  '[Synthpop]',
  '[Jazz Fusion]',
  '[Deep House]',
  '[Alternative/Grunge]',
  '[Psychedelic Rock]',
  '[City Pop]',
  '[Math Rock/Emo]',
  '[Ambient]',
  '[Drum & Bass]',
  '[Garage Rock]',
  '[Soul / Funk]',
  '[Black Metal]',
];
const YEAR_TAGS = ['(1983)', '[1983]', '(2016)', '[2009]', '(1977)', '(2021)', '[1995]', '(2004)', ''];
const SIDES = ['A1', 'A2', 'B1', 'B2', 'B3', 'C1', 'D1', 'D2', 'AA1', 'AA', 'A', 'B'];
const SIDE_JOINS = ['. ', ' ', '. ', ' - ', ') '];
const JP_NOISE = ['MV', 'PV', 'Music Video', 'Official Music Video', 'MV Full', 'Lyric Video'];
const FILE_ENDINGS = ['.mp3', '.m4a', '.flac', '.webm', '.mp4', '.opus', '.wav'];
const FILE_NOISE = ['(Official Video)', '[HQ]', '(Lyrics)', '[320kbps]', '(Official Audio)', '(Audio)', '[HD]'];
const TAILS = ['[NCS Release]', '[Monstercat Release]', '#shorts', '#music #lyrics', '(Prod. by Metro Boomin)'];
const ALBUM = ['(Full Album)', '(album)', '[FULL ALBUM]', '(Official Album)', '(Full Album) [HD]', '- Full Album'];
const DANCE = [
  '(Dance Ver)',
  '(Dance Ver.)',
  '(Short Ver. PV)',
  '(Short Ver.)',
  '(PV)',
  '(MV)',
  '[MV]',
  '(Performance Video)',
];

const hasDash = (s) => /-/.test(s);
const otherArtist = (pair) => {
  for (;;) {
    const other = pick(pairs);
    if (other.artist !== pair.artist) return other.artist.split(',')[0].trim();
  }
};

/** Noise families: each turns a real pair into a title as people and channels write it. */
const FAMILIES = {
  'official-noise': ({ artist: a, title: t }) => `${a} - ${t} ${pick(OFFICIAL)}`,
  'foreign-noise': ({ artist: a, title: t }) => `${a} - ${t} ${pick(FOREIGN)}`,
  'subreddit-tags': ({ artist: a, title: t }) => `${a} - ${t} ${pick(GENRES)} ${pick(YEAR_TAGS)}`.trim(),
  'vinyl-numbering': ({ artist: a, title: t }) => `${pick(SIDES)}${pick(SIDE_JOINS)}${a} - ${t}`,
  'jp-brackets': ({ artist: a, title: t }) =>
    pick([
      `${a}【${t}】`,
      `${a}${pick(['MV', 'PV'])}「${t}」`,
      `${a}「${t}」${pick(JP_NOISE)}`,
      `${a}『${t}』${pick(JP_NOISE)}`,
      `${a}「${t}」(Official Music Video)`,
      `【${pick(JP_NOISE)}】${a} - ${t}`,
      `${a} - ${t}【${pick(JP_NOISE)}】`,
      `${a}「${t}」`,
    ]),
  'version-noise': ({ artist: a, title: t }) => `${a} - ${t} ${pick(DANCE)}`,
  'tight-separators': ({ artist: a, title: t }) =>
    hasDash(a) || hasDash(t)
      ? `${a} – ${t}`
      : pick([`${a}-${t}`, `${a} --${t}`, `${a} -${t}-`, `${a}- ${t}`, `${a} -${t}`, `${a} — ${t}`, `${a} ~ ${t}`]),
  'by-credit': ({ artist: a, title: t }) =>
    pick([`${t} (by ${a})`, `${t} (cover by ${a})`, `${t} by ${a}`, `"${t}" by ${a}`, `${a} "${t}"`]),
  'album-fluff': ({ artist: a, title: t }) => `${a} - ${t} ${pick(ALBUM)}`,
  'file-ending': ({ artist: a, title: t }) =>
    pick([
      `${a} - ${t} ${pick(FILE_NOISE)}${pick(FILE_ENDINGS)}`,
      `0${1 + Math.floor(rng() * 9)} - ${a} - ${t}${pick(FILE_ENDINGS)}`,
      `${a.replace(/ /g, '_')}_-_${t.replace(/ /g, '_')}${pick(FILE_ENDINGS)}`,
      `${a} - ${t} ${pick(FILE_NOISE)} ${pick(FILE_NOISE)}${pick(FILE_ENDINGS)}`,
    ]),
  'feat-credit': (pair) => {
    const f = pair.featured?.[0] ?? otherArtist(pair);
    const { artist: a, title: t } = pair;
    return pick([
      `${a} (feat. ${f})- ${t}`,
      `${a} ft. ${f} - ${t}`,
      `${a} feat. ${f} - ${t} ${pick(OFFICIAL)}`,
      `${a} - ${t} (feat. ${f}) ${pick(OFFICIAL)}`,
      `${a} - ${t} ft. ${f}`,
      `${a} - ${t} [feat. ${f}]`,
    ]);
  },
  'case-and-spaces': ({ artist: a, title: t }) =>
    pick([
      `${a.toUpperCase()} - ${t.toUpperCase()} [OFFICIAL VIDEO]`,
      `${a.toLowerCase()} - ${t.toLowerCase()} (official audio)`,
      `${a}  -  ${t}   (Lyrics)`,
      `${a.toUpperCase()} - ${t}`,
    ]),
  'channel-tail': ({ artist: a, title: t }) => `${a} - ${t} ${pick(TAILS)}`,
  'quoted-title': ({ artist: a, title: t }) =>
    pick([
      `${a} "${t}" (Official Music Video)`,
      `${a} '${t}' Official MV`,
      `${a} '${t}' M/V`,
      `${a} “${t}” Official Video`,
    ]),
};

const families = Object.keys(FAMILIES);
const rows = [];
const order = shuffle(pairs.map((_, i) => i));
const holdoutPairs = new Set(order.slice(0, Math.floor(order.length / 2)));
pairs.forEach((pair, i) => {
  const split = holdoutPairs.has(i) ? 'holdout' : 'tuning';
  for (const family of shuffle(families).slice(0, VARIANTS_PER_PAIR)) {
    const input = FAMILIES[family](pair);
    rows.push({ input, artist: pair.artist, title: pair.title, part: 'generated', family, split, source: pair.source });
  }
});
for (const row of recorded) {
  const split = rng() < 0.5 ? 'holdout' : 'tuning';
  rows.push({
    input: row.input,
    artist: row.artist,
    title: row.title,
    part: 'recorded',
    family: 'recorded',
    split,
    source: row.source,
  });
}
const seen = new Set();
const unique = rows.filter((row) => (seen.has(row.input) ? false : (seen.add(row.input), true)));
fs.writeFileSync(path.join(here, 'match-corpus.jsonl'), unique.map((row) => JSON.stringify(row)).join('\n') + '\n');
const count = (split) => unique.filter((row) => row.split === split).length;
console.log(`${unique.length} rows: ${count('tuning')} tuning, ${count('holdout')} holdout`);
