import { parseRequest } from './parse-request.js';
import { VERSION_KINDS } from './parsed-request.js';

type Row = [input: string, separator: string, artists: string[], title: string, featured: string[], versions: string[]];

// versions are written kind or kind:detail.
const REQUESTS: Row[] = [
  // Separators
  ['Linkin Park - Numb', 'dash', ['Linkin Park'], 'Numb', [], []],
  ['Metallica – Nothing Else Matters', 'dash', ['Metallica'], 'Nothing Else Matters', [], []],
  ['Whitney Houston — I Will Always Love You', 'dash', ['Whitney Houston'], 'I Will Always Love You', [], []],
  ['Numb by Linkin Park', 'by', ['Linkin Park'], 'Numb', [], []],
  ['Africa by Toto', 'by', ['Toto'], 'Africa', [], []],
  ['Stand by Me by Ben E. King', 'by', ['Ben E. King'], 'Stand by Me', [], []],
  ['Toto "Africa"', 'quoted', ['Toto'], 'Africa', [], []],
  ['Linkin Park “Numb”', 'quoted', ['Linkin Park'], 'Numb', [], []],
  ["BTS (방탄소년단) 'Dynamite' Official MV", 'quoted', ['BTS'], 'Dynamite', [], []],
  ['TWICE "FANCY" M/V', 'quoted', ['TWICE'], 'FANCY', [], []],
  ['YOASOBI「夜に駆ける」 Official Music Video', 'quoted', ['YOASOBI'], '夜に駆ける', [], []],
  ['LiSA 『紅蓮華』 -MUSiC CLiP-', 'quoted', ['LiSA'], '紅蓮華', [], []],
  ['Linkin Park: Numb', 'colon', ['Linkin Park'], 'Numb', [], []],
  ['Toto: Africa', 'colon', ['Toto'], 'Africa', [], []],
  ['numb linkin park', 'none', [], 'numb linkin park', [], []],
  ['shape of you', 'none', [], 'shape of you', [], []],
  // File names and track numbers
  ['03 - Linkin Park - Numb.mp3', 'dash', ['Linkin Park'], 'Numb', [], []],
  ['Linkin Park - 03 - Numb.flac', 'dash', ['Linkin Park'], 'Numb', [], []],
  ['Linkin_Park_-_Numb.m4a', 'dash', ['Linkin Park'], 'Numb', [], []],
  ['01. Numb.mp3', 'none', [], 'Numb', [], []],
  ['1-07 Daft Punk - Get Lucky.opus', 'dash', ['Daft Punk'], 'Get Lucky', [], []],
  ['311 - Amber', 'dash', ['311'], 'Amber', [], []],
  ['50 Cent - In Da Club', 'dash', ['50 Cent'], 'In Da Club', [], []],
  ['Smashing Pumpkins - 1979', 'dash', ['Smashing Pumpkins'], '1979', [], []],
  // Featuring, in the artist and in the title
  ['Eminem ft. Rihanna - Love The Way You Lie', 'dash', ['Eminem'], 'Love The Way You Lie', ['Rihanna'], []],
  [
    'Gotye feat. Kimbra - Somebody That I Used To Know',
    'dash',
    ['Gotye'],
    'Somebody That I Used To Know',
    ['Kimbra'],
    [],
  ],
  ['Post Malone - Sunflower (feat. Swae Lee) [Official Audio]', 'dash', ['Post Malone'], 'Sunflower', ['Swae Lee'], []],
  [
    'Clean Bandit - Rather Be ft. Jess Glynne [Official Video]',
    'dash',
    ['Clean Bandit'],
    'Rather Be',
    ['Jess Glynne'],
    [],
  ],
  [
    'Daft Punk - Get Lucky (Official Audio) ft. Pharrell Williams, Nile Rodgers',
    'dash',
    ['Daft Punk'],
    'Get Lucky',
    ['Pharrell Williams', 'Nile Rodgers'],
    [],
  ],
  [
    'Somebody That I Used To Know by Gotye feat. Kimbra',
    'by',
    ['Gotye'],
    'Somebody That I Used To Know',
    ['Kimbra'],
    [],
  ],
  [
    'Luis Fonsi - Despacito ft. Daddy Yankee (Video Oficial)',
    'dash',
    ['Luis Fonsi'],
    'Despacito',
    ['Daddy Yankee'],
    [],
  ],
  ['Marshmello x Bastille - Happier', 'dash', ['Marshmello', 'Bastille'], 'Happier', [], []],
  ['Jay-Z vs. Linkin Park - Numb/Encore', 'dash', ['Jay-Z', 'Linkin Park'], 'Numb/Encore', [], []],
  ['Tyler, The Creator - EARFQUAKE', 'dash', ['Tyler, The Creator'], 'EARFQUAKE', [], []],
  ['Earth, Wind & Fire - September', 'dash', ['Earth, Wind & Fire'], 'September', [], []],
  ['numb linkin park feat jay z', 'none', [], 'numb linkin park', ['jay z'], []],
  // Every marker kind
  ['Avicii - Levels (Skrillex Remix)', 'dash', ['Avicii'], 'Levels', [], ['remix:Skrillex']],
  [
    'Lil Nas X - Old Town Road (Remix) [feat. Billy Ray Cyrus]',
    'dash',
    ['Lil Nas X'],
    'Old Town Road',
    ['Billy Ray Cyrus'],
    ['remix'],
  ],
  ['Track Title - Group X dub', 'none', [], 'Track Title', [], ['remix:Group X']],
  ['Linkin Park - Numb (Live)', 'dash', ['Linkin Park'], 'Numb', [], ['live']],
  ['Beyoncé - Halo (Live at Wembley)', 'dash', ['Beyoncé'], 'Halo', [], ['live:Wembley']],
  ['Foo Fighters - Everlong (Official Live Video)', 'dash', ['Foo Fighters'], 'Everlong', [], ['live']],
  ['Adele - Hello (Live Performance)', 'dash', ['Adele'], 'Hello', [], ['live']],
  ['Paramore - Misery Business (Live at Reading 2014)', 'dash', ['Paramore'], 'Misery Business', [], ['live:Reading']],
  ['Juanes - La Camisa Negra (En Vivo)', 'dash', ['Juanes'], 'La Camisa Negra', [], ['live']],
  ['Linkin Park - Numb - Live', 'dash', ['Linkin Park'], 'Numb', [], ['live']],
  ['Eric Clapton - Tears in Heaven (Acoustic)', 'dash', ['Eric Clapton'], 'Tears in Heaven', [], ['acoustic']],
  ['Nirvana - All Apologies (MTV Unplugged)', 'dash', ['Nirvana'], 'All Apologies', [], ['acoustic']],
  ['Nirvana - Smells Like Teen Spirit (Demo)', 'dash', ['Nirvana'], 'Smells Like Teen Spirit', [], ['demo']],
  ['Coldplay - Yellow (Instrumental)', 'dash', ['Coldplay'], 'Yellow', [], ['instrumental']],
  ['IU - Blueming (Inst.)', 'dash', ['IU'], 'Blueming', [], ['instrumental']],
  ['Adele - Hello (Karaoke Version)', 'dash', ['Adele'], 'Hello', [], ['karaoke']],
  [
    'Jane Doe - Story of My Life (One Direction Cover)',
    'dash',
    ['Jane Doe'],
    'Story of My Life',
    [],
    ['cover:One Direction'],
  ],
  ['Hozier - Take Me To Church (Acoustic Cover)', 'dash', ['Hozier'], 'Take Me To Church', [], ['acoustic', 'cover']],
  ['Queen - Bohemian Rhapsody (Remastered 2011)', 'dash', ['Queen'], 'Bohemian Rhapsody', [], ['remaster:2011']],
  ['Hotel California - 2013 Remaster', 'none', [], 'Hotel California', [], ['remaster:2013']],
  ['Calvin Harris - Feel So Close - Radio Edit', 'dash', ['Calvin Harris'], 'Feel So Close', [], ['radio-edit']],
  [
    'Rihanna - Umbrella (Orange Factory Radio Edit)',
    'dash',
    ['Rihanna'],
    'Umbrella',
    [],
    ['radio-edit:Orange Factory'],
  ],
  ['Kygo - Firestone (Extended Mix)', 'dash', ['Kygo'], 'Firestone', [], ['extended']],
  ['Miley Cyrus - Flowers (sped up)', 'dash', ['Miley Cyrus'], 'Flowers', [], ['sped-up']],
  ['numb linkin park sped up', 'none', [], 'numb linkin park', [], ['sped-up']],
  [
    'Lana Del Rey - Summertime Sadness (Slowed + Reverb)',
    'dash',
    ['Lana Del Rey'],
    'Summertime Sadness',
    [],
    ['slowed', 'reverb'],
  ],
  ['Lewis Capaldi - Someone You Loved (Slowed Down)', 'dash', ['Lewis Capaldi'], 'Someone You Loved', [], ['slowed']],
  ['Frank Ocean - Pink + White (Reverb)', 'dash', ['Frank Ocean'], 'Pink + White', [], ['reverb']],
  ['Nightcore - Numb', 'dash', [], 'Numb', [], ['nightcore']],
  ['Alan Walker - Faded (Nightcore)', 'dash', ['Alan Walker'], 'Faded', [], ['nightcore']],
  ['nightcore numb', 'none', [], 'numb', [], ['nightcore']],
  ['Billie Eilish - bad guy (8D AUDIO)', 'dash', ['Billie Eilish'], 'bad guy', [], ['8d']],
  ['Kendrick Lamar - HUMBLE. (Explicit)', 'dash', ['Kendrick Lamar'], 'HUMBLE.', [], ['explicit']],
  ['Kanye West - Stronger [Explicit Version]', 'dash', ['Kanye West'], 'Stronger', [], ['explicit']],
  ['Kendrick Lamar - HUMBLE. (Clean)', 'dash', ['Kendrick Lamar'], 'HUMBLE.', [], ['clean']],
  [
    'Led Zeppelin - Stairway to Heaven (Live / Remastered)',
    'dash',
    ['Led Zeppelin'],
    'Stairway to Heaven',
    [],
    ['live', 'remaster'],
  ],
  // Noise
  ['Eminem - Lose Yourself [HD]', 'dash', ['Eminem'], 'Lose Yourself', [], []],
  ['Imagine Dragons - Believer (Lyrics)', 'dash', ['Imagine Dragons'], 'Believer', [], []],
  ['Ed Sheeran - Shape of You (Official Lyric Video)', 'dash', ['Ed Sheeran'], 'Shape of You', [], []],
  ['The Weeknd - Blinding Lights (Official Audio)', 'dash', ['The Weeknd'], 'Blinding Lights', [], []],
  ['Dua Lipa - Levitating (Visualizer)', 'dash', ['Dua Lipa'], 'Levitating', [], []],
  ['Stromae - Alors on danse (Clip Officiel)', 'dash', ['Stromae'], 'Alors on danse', [], []],
  ['Rammstein - Du Hast (Offizielles Video)', 'dash', ['Rammstein'], 'Du Hast', [], []],
  ['PSY - GANGNAM STYLE(강남스타일) M/V', 'dash', ['PSY'], 'GANGNAM STYLE', [], []],
  ["BLACKPINK - 'How You Like That' M/V", 'dash', ['BLACKPINK'], 'How You Like That', [], []],
  ['[MV] IU(아이유) _ Blueming(블루밍)', 'dash', ['IU'], 'Blueming', [], []],
  ['【MV】米津玄師 - Lemon', 'dash', ['米津玄師'], 'Lemon', [], []],
  ['あいみょん - マリーゴールド【OFFICIAL MUSIC VIDEO】', 'dash', ['あいみょん'], 'マリーゴールド', [], []],
  ['Official髭男dism - Pretender［Official Video］', 'dash', ['Official髭男dism'], 'Pretender', [], []],
  ['Olivia Rodrigo - drivers license (Official Video) **NEW**', 'dash', ['Olivia Rodrigo'], 'drivers license', [], []],
  ['Adele - Someone Like You | Official Video', 'dash', ['Adele'], 'Someone Like You', [], []],
  [
    'Simon &amp; Garfunkel - The Sound of Silence (Lyrics)',
    'dash',
    ['Simon & Garfunkel'],
    'The Sound of Silence',
    [],
    [],
  ],
  ['Queen - Don&#39;t Stop Me Now (Official Video) [1979]', 'dash', ['Queen'], "Don't Stop Me Now", [], []],
  ['Linkin Park - Numb (Official Music Video) - Linkin Park', 'dash', ['Linkin Park'], 'Numb', [], []],
  ['Tones and I - Dance Monkey lyrics', 'dash', ['Tones and I'], 'Dance Monkey', [], []],
  ['Sigur Ro\u0301s - Hoppi\u0301polla', 'dash', ['Sigur Rós'], 'Hoppípolla', [], []],
];

describe('parseRequest', () => {
  it('has a row for every marker kind', () => {
    const seen = new Set(REQUESTS.flatMap((row) => row[5].map((v) => v.split(':')[0])));
    expect(VERSION_KINDS.filter((kind) => !seen.has(kind))).toEqual([]);
  });

  it.each(REQUESTS)('%j', (input, separator, artists, title, featured, versions) => {
    const sut = parseRequest(input);
    expect({
      separator: sut.separator,
      artists: sut.artists,
      title: sut.title,
      featured: sut.featured,
      versions: sut.versions.map((v) => (v.detail ? `${v.kind}:${v.detail}` : v.kind)),
    }).toEqual({ separator, artists, title, featured, versions });
  });
});

// Must not produce a version marker: the words are part of a name.
const JUNK: [input: string, artists: string[], title: string][] = [
  ['Wings - Live and Let Die', ['Wings'], 'Live and Let Die'],
  ["Guns N' Roses - Live and Let Die", ["Guns N' Roses"], 'Live and Let Die'],
  ['Oasis - Live Forever', ['Oasis'], 'Live Forever'],
  ['Blondie - Live It Up', ['Blondie'], 'Live It Up'],
  ['Live - Lightning Crashes', ['Live'], 'Lightning Crashes'],
  ['Bruce Springsteen - Cover Me', ['Bruce Springsteen'], 'Cover Me'],
  ['Jason Isbell - Cover Me Up', ['Jason Isbell'], 'Cover Me Up'],
  ['The Cover Girls - Because of You', ['The Cover Girls'], 'Because of You'],
  ['Mix Master Mike - Terrorwrist', ['Mix Master Mike'], 'Terrorwrist'],
  ['Acoustic Alchemy - Mr. Chow', ['Acoustic Alchemy'], 'Mr. Chow'],
  ['Goo Goo Dolls - Acoustic #3', ['Goo Goo Dolls'], 'Acoustic #3'],
  ['Taylor Swift - Clean', ['Taylor Swift'], 'Clean'],
  ['Clean Bandit - Solo (feat. Demi Lovato)', ['Clean Bandit'], 'Solo'],
  ['Creedence Clearwater Revival - Bootleg', ['Creedence Clearwater Revival'], 'Bootleg'],
  ['Kraftwerk - The Mix', ['Kraftwerk'], 'The Mix'],
  ["Taylor Swift - Love Story (Taylor's Version)", ['Taylor Swift'], "Love Story (Taylor's Version)"],
  ["Silverchair - Ana's Song (Open Fire)", ['Silverchair'], "Ana's Song (Open Fire)"],
  ["The Rolling Stones - (I Can't Get No) Satisfaction", ['The Rolling Stones'], "(I Can't Get No) Satisfaction"],
  ["Blue Öyster Cult - (Don't Fear) The Reaper", ['Blue Öyster Cult'], "(Don't Fear) The Reaper"],
  ['The Buggles - Video Killed the Radio Star', ['The Buggles'], 'Video Killed the Radio Star'],
  ['Pink Floyd - Eclipse', ['Pink Floyd'], 'Eclipse'],
  ['Flyleaf - Fully Alive', ['Flyleaf'], 'Fully Alive'],
  ['Nine Inch Nails - Demon Seed', ['Nine Inch Nails'], 'Demon Seed'],
  ["Bon Jovi - Livin' on a Prayer", ['Bon Jovi'], "Livin' on a Prayer"],
  ['Eminem - Lose Yourself (From 8 Mile)', ['Eminem'], 'Lose Yourself'],
  ['Slowdive - Alison', ['Slowdive'], 'Alison'],
  ['Track Title Live', [], 'Track Title Live'],
  ['Stand by Me', [], 'Stand by Me'],
];

describe('parseRequest junk', () => {
  it.each(JUNK)('%j has no version marker', (input, artists, title) => {
    const sut = parseRequest(input);
    expect({ artists: sut.artists, title: sut.title, versions: sut.versions }).toEqual({
      artists,
      title,
      versions: [],
    });
  });
});
