// The noise families of the match corpus (libs/resolver/bench/corpus), one table row per rule: real video
// titles from the recorded YouTube responses and real artist/title pairs from the recorded provider answers,
// written as uploads write them.
import { parseRequest } from './parse-request.js';

const read = (input: string) => {
  const r = parseRequest(input);
  return { artist: r.artists.join(', '), title: r.title };
};

describe('parseRequest on the noise families', () => {
  it.each([
    // subreddit genre and year tags
    ['Lou Doillon - ICU [shoegaze] (2016)', 'Lou Doillon', 'ICU'],
    ['Pink Floyd - Breathe [Trip-Hop / Downtempo]', 'Pink Floyd', 'Breathe'],
    ['The Knack - My Sharona [post-punk / new wave] [1983]', 'The Knack', 'My Sharona'],
    ['Seether - Gasoline [Drum & Bass]', 'Seether', 'Gasoline'],
    // vinyl side and track numbering
    ['B2. Daft Punk - Face To Face', 'Daft Punk', 'Face To Face'],
    ['D1 Laurent Garnier - Moon Beam', 'Laurent Garnier', 'Moon Beam'],
    ['AA1. Robert Armani - Circus Bells', 'Robert Armani', 'Circus Bells'],
    ['A2 - Handsome Boy Modeling School - Breakdown', 'Handsome Boy Modeling School', 'Breakdown'],
    ['B3) Pink Floyd - Breathe', 'Pink Floyd', 'Breathe'],
    // Japanese brackets with PV/MV markers
    ['コブクロ【桜】', 'コブクロ', '桜'],
    ['RöyksoppPV「Some Resolve」', 'Röyksopp', 'Some Resolve'],
    ['K-391MV「Earth」', 'K-391', 'Earth'],
    ['コブクロ「桜」Music Video', 'コブクロ', '桜'],
    ['Lou Doillon - Where To Start【PV】', 'Lou Doillon', 'Where To Start'],
    ['【MV】Dreamcatcher - Mayday', 'Dreamcatcher', 'Mayday'],
    ['Lou Doillon - Lay Low (Short Ver. PV)', 'Lou Doillon', 'Lay Low'],
    ['Dreamcatcher - Mayday (Dance Ver)', 'Dreamcatcher', 'Mayday'],
    // separators with and without spaces
    ['Another Level-Freak Me', 'Another Level', 'Freak Me'],
    ['Handsome Boy Modeling School --Breakdown', 'Handsome Boy Modeling School', 'Breakdown'],
    ['Röyksopp -Some Resolve-', 'Röyksopp', 'Some Resolve'],
    ['Tyler, The Creator- WUSYANAME', 'Tyler, The Creator', 'WUSYANAME'],
    ['The Tom Russell Band ~ Jack Johnson', 'The Tom Russell Band', 'Jack Johnson'],
    ['Lou Doillon (feat. Steve Miller Band)- So Still', 'Lou Doillon', 'So Still'],
    // credits after the title
    ['Guaglione (by Pérez Prado and His Orchestra)', 'Pérez Prado and His Orchestra', 'Guaglione'],
    ['Thinking Out Loud (cover by David Garrett)', 'David Garrett', 'Thinking Out Loud'],
    ['"Sister" by The Black Keys', 'The Black Keys', 'Sister'],
    // album, channel and platform notes
    ['Aaron Carey - Jack Johnson (album)', 'Aaron Carey', 'Jack Johnson'],
    ['Hiatus Kaiyote - Nakamarra [FULL ALBUM]', 'Hiatus Kaiyote', 'Nakamarra'],
    ['Abstrakt - Nobody Else [NCS Release]', 'Abstrakt', 'Nobody Else'],
    ['Abstrakt - Nobody Else [Bass Boosted]', 'Abstrakt', 'Nobody Else'],
    ['Abstrakt - Nobody Else 1h [NCS Release]', 'Abstrakt', 'Nobody Else'],
    ['Abstrakt - Nobody Else #freeroyaltymusic #scs', 'Abstrakt', 'Nobody Else'],
    ['Fresku ft. Per.Verz - Strijd In Mezelf (prod.Sabacca Beats)', 'Fresku', 'Strijd In Mezelf'],
    ['Abstrakt - Nikt (z udziałem Roze) (Prod. Drumma Battalion)', 'Abstrakt', 'Nikt'],
    // file endings after other noise
    ['Pink Floyd - Time [320kbps] [HQ].mp3', 'Pink Floyd', 'Time'],
    ['Childish_Gambino_-_12.38.opus', 'Childish Gambino', '12.38'],
    // official-video notes in other languages and scripts
    ['The Black Keys - Sister [官方MV]', 'The Black Keys', 'Sister'],
    ['A$AP Rocky - Buck Shots (Официальное видео)', 'A$AP Rocky', 'Buck Shots'],
    ['Burna Boy - I Told Them (Offizielles Musikvideo)', 'Burna Boy', 'I Told Them'],
    ['Lou Doillon - Devil Or Angel (Oficjalny Teledysk)', 'Lou Doillon', 'Devil Or Angel'],
    ['Dreamcatcher - Mayday (뮤직비디오)', 'Dreamcatcher', 'Mayday'],
    ['XXXTENTACION - Revenge (Legendado)', 'XXXTENTACION', 'Revenge'],
  ])('%s', (input, artist, title) => {
    expect(read(input)).toEqual({ artist, title });
  });

  it.each([
    // Names that look like the new rules but are not
    ['G. Love - Rainbow', 'G. Love', 'Rainbow'],
    ['B.B. King - The Thrill Is Gone', 'B.B. King', 'The Thrill Is Gone'],
    ['A Tribe Called Quest - Can I Kick It?', 'A Tribe Called Quest', 'Can I Kick It?'],
    ['Goo Goo Dolls - Acoustic #3', 'Goo Goo Dolls', 'Acoustic #3'],
    ['Pearl Jam - Release', 'Pearl Jam', 'Release'],
    ['Jay-Z - Empire State of Mind', 'Jay-Z', 'Empire State of Mind'],
  ])('keeps the name in %s', (input, artist, title) => {
    expect(read(input)).toEqual({ artist, title });
  });

  it('reads a hyphenated word as one word', () => {
    expect(parseRequest('Hip-Hop Hooray').separator).toBe('none');
    expect(parseRequest('Spider-Man Theme').separator).toBe('none');
  });
});

describe('parseRequest keeps other readings of an unspaced hyphen', () => {
  it.each([
    [
      'Another Level-Freak Me',
      { artist: 'Another Level', title: 'Freak Me' },
      { artist: 'Another', title: 'Level-Freak Me' },
    ],
    [
      'Mariana Zwarg-Samba de Avedøre',
      { artist: 'Mariana Zwarg', title: 'Samba de Avedøre' },
      { artist: 'Mariana', title: 'Zwarg-Samba de Avedøre' },
    ],
  ])('%s: the hyphen reading first, the splits of the whole text after it', (input, first, other) => {
    const { splits } = parseRequest(input);
    expect(splits[0]).toEqual(first);
    expect(splits).toContainEqual(other);
  });

  it('offers no other reading for a spaced dash', () => {
    expect(parseRequest('Another Level - Freak Me').splits).toEqual([]);
  });
});

describe('a year the request names', () => {
  it.each([
    ['Lou Doillon - ICU [shoegaze] (2016)', 2016],
    ['The Knack - My Sharona [post-punk / new wave] [1983]', 1983],
    ['Seether - Gasoline (2002)', 2002],
    ['Queen - Bohemian Rhapsody (Remastered 2011)', undefined],
    ['Pink Floyd - Breathe [Trip-Hop / Downtempo]', undefined],
    ['Prince - 1999', undefined],
    ['Nirvana - Smells Like Teen Spirit (1080p)', undefined],
  ])('%s names %s', (input, year) => {
    expect(parseRequest(input).year).toBe(year);
  });
});
