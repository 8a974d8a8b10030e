import type { LineFormat, LineReading } from './line-reading.js';

// "1.4\tBrian Transeau–\tRelativity (Carl Craig's Urban Affair Dub)[\t6:12]": position, artist glued to an en dash.
const TRACK =
  /^(?:(\d+)[.-])?([A-Z]?\d+|[A-Z])\t+([^\t]*?)\s*[–-]?\s*\t+([^\t]+?)(?:\t+(?:\d{1,2}:)?\d{1,2}:\d{2})?\s*$/;
// "Written-By – Karl Kowalski*", "Remix – Hardfloor": credits under a track, not tracks.
const CREDIT = /^[A-Z][\w .,&/'-]*?\s+–\s+\S/;

/** Discogs tracklist copy/paste: tab-separated columns, en dash after the artist, credit lines between tracks. */
export const discogsLines: LineFormat = {
  format: 'discogs',
  signature: (line) => TRACK.test(line),
  read(line): LineReading | undefined {
    const match = TRACK.exec(line);
    if (match?.[2] && match[4]) {
      const artist = withoutNameVariation(match[3] ?? '');
      return {
        kind: 'entry',
        credit: artist ? `${artist} - ${match[4]}` : match[4],
        startPrecision: 'none',
        ...(match[1] ? { disc: Number(match[1]) } : {}),
        ...(/^\d+$/.test(match[2]) ? { number: Number(match[2]) } : {}),
      };
    }
    return CREDIT.test(line) && !line.includes('\t') ? { kind: 'credit-note' } : undefined;
  },
};

/** Discogs marks a name variation with "*" ("Essence Of Nature*"): the name is the artist's all the same. */
const withoutNameVariation = (artist: string): string => artist.replace(/\*(?=\s|$|\s*[/,&])/g, '').trim();
