/**
 * Words that mark a bracket group or a " - suffix" as noise, as data. Each list is one family; a new
 * language or platform habit is a new entry, not a new rule.
 */

/** "Official video" and its kin, in the languages uploads come in. Matched as whole words. */
export const OFFICIAL_WORDS: readonly string[] = [
  // English
  'official',
  'video',
  'videoclip',
  'clip',
  'visuali[sz]er',
  'audio',
  'mv',
  'pv',
  'stream',
  'lyrics?',
  'hd',
  'hq',
  '4k',
  '1080p',
  '720p',
  // Spanish, Portuguese, Italian
  'oficial',
  'letra',
  'legendado',
  'tradução',
  'traducción',
  'ufficiale',
  'testo',
  // French, German, Dutch, Swedish
  'officiel(?:le)?',
  'paroles',
  'offizielles?',
  'musikvideo',
  'officiële',
  'officiell',
  // Polish, Turkish, Indonesian, Vietnamese
  'teledysk',
  'oficjalny',
  'resmi',
  'lirik',
  'vietsub',
  // Russian
  'официальн\\p{L}*',
  'видео',
  'клип',
  'текст',
  'песни',
  'премьера',
];

/** Scripts without spaces: matched anywhere in the group ("官方MV" is 官方 + MV). */
export const UNSPACED_OFFICIAL: readonly string[] = [
  '官方',
  '公式',
  '官方版',
  '歌詞付き',
  '歌詞',
  'ミュージックビデオ',
  '뮤직비디오',
  '가사',
  '字幕',
];

/** Release and platform notes: "[NCS Release]", "(Full Album)", "[320kbps]", "[Bass Boosted]". */
export const RELEASE_NOTES: readonly string[] = [
  'full album',
  'album track',
  'album version',
  'single version',
  'mono',
  'stereo',
  'bonus(?: track)?',
  'deluxe',
  'expanded',
  'edition',
  'édition',
  'anniversary',
  're-?issue',
  're-?recorded',
  'collector',
  'sampler',
  'original',
  'sub español',
  'subtitulado',
  'eng sub',
  'out now',
  'free download',
  'premiere',
  'teaser',
  'bass boosted',
  'no copyright(?: music| sounds?)?',
  '(?:copyright|royalty)[ -]free(?: music)?',
  'free copyright music',
  '\\d{2,3} ?kbps',
  '\\d+ ?(?:h|hours?|hrs?)',
];

/** Only inside brackets: alone after a dash these are more often a title ("Artist - Short"). */
export const GROUP_ONLY_NOTES: readonly string[] = [
  'performance',
  'short',
  'dance',
  'ver\\.?',
  'album',
  'release',
  'remake',
];

/**
 * Genre words: a bracket group made only of these is a forum tag ("[shoegaze]", "[Trip-Hop / Downtempo]",
 * "[post-punk / new wave]"), not part of the name.
 */
export const GENRE_WORDS: ReadonlySet<string> = new Set(
  `rock pop metal punk wave new shoegaze trip hop trip-hop downtempo hip hip-hop rap jazz fusion house deep techno
  trance ambient drum bass dnb d&b garage soul funk r&b rnb synthpop synth dream city math emo grunge alternative alt
  psychedelic psych black death doom thrash sludge stoner indie folk country blues edm dubstep electronic electronica
  experimental noise lo-fi lofi chillwave vaporwave idm disco reggae ska hardcore post post-punk post-rock progressive
  prog classic hard soft neo neo-soul nu nu-metal acid art avant-garde avant garde krautrock kraut dance electro
  breakbeat jungle footwork grime drill trap r'n'b gospel latin afrobeat afrobeats k-pop j-pop kpop jpop cpop
  chanson classical baroque minimal minimalism industrial gothic goth darkwave coldwave shoegazing slowcore
  sadcore dream-pop noise-rock space surf rockabilly bluegrass americana singer-songwriter world bossa nova samba
  mpb tropicalia cumbia reggaeton dancehall dub ambient-pop hyperpop glitch`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that join genre words in a tag: "[Trip-Hop / Downtempo]", "[drum & bass]". */
export const GENRE_JOINERS: ReadonlySet<string> = new Set(['/', '&', 'and', '+', ',', '-', '|']);
