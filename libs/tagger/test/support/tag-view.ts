/**
 * What a reader says a file's tags are, in one shape for every reader and format, so four readers can be
 * compared field by field. Lists stay lists; a reader that cannot see a field leaves it out.
 */
export interface TagView {
  title?: string;
  artist?: string;
  artists?: string[];
  albumArtist?: string;
  albumArtists?: string[];
  album?: string;
  date?: string;
  originalDate?: string;
  track?: string;
  disc?: string;
  genres?: string[];
  isrc?: string;
  label?: string;
  releaseType?: string;
  compilation?: boolean;
  recordingId?: string;
  releaseTrackId?: string;
  releaseId?: string;
  releaseGroupId?: string;
  artistIds?: string[];
  albumArtistIds?: string[];
  trackGain?: string;
  trackPeak?: string;
  lyrics?: string;
  sourceUrl?: string;
}

export type TagFamily = 'id3' | 'mp4' | 'vorbis';

/** FULL_TAGS as every reader should see it, spelled out by hand (not through the code under test). */
export const EXPECTED_VIEW: Required<TagView> = {
  title: 'Jökulsárlón (Live at Harpa)',
  artist: 'Björk feat. Ólafur Arnalds',
  artists: ['Björk', 'Ólafur Arnalds'],
  albumArtist: 'Björk; Ólafur Arnalds',
  albumArtists: ['Björk', 'Ólafur Arnalds'],
  album: 'Hljómskálagarðurinn',
  date: '2021-03-05',
  originalDate: '1999-11-02',
  track: '3/12',
  disc: '1/2',
  genres: ['Electronic', 'Ambient'],
  isrc: 'ISA012100003',
  label: 'Smekkleysa',
  releaseType: 'Album',
  compilation: true,
  recordingId: '5fb524f1-8cc8-4c04-a921-e34c0a911ea7',
  releaseTrackId: '8a4f8bdf-3b53-4bd1-9c5f-8cd1c5b3f0aa',
  releaseId: '006cb56d-6eff-4b7d-853f-ecd2db97f3b2',
  releaseGroupId: '1b022e01-4da6-387b-8658-8678046e4cef',
  artistIds: ['87c5dedd-371d-4a53-9f7f-80522fb7f3cb', '1a1fc4e1-4ed1-4b4e-9a6b-5c8d3f7e7c0f'],
  albumArtistIds: ['87c5dedd-371d-4a53-9f7f-80522fb7f3cb', '1a1fc4e1-4ed1-4b4e-9a6b-5c8d3f7e7c0f'],
  trackGain: '-6.52 dB',
  trackPeak: '0.988553',
  lyrics: 'Ég sé þig\nÍ norðurljósunum',
  sourceUrl: 'https://www.youtube.com/watch?v=hTWKbfoikeg',
};

/** Leaves out fields a reader did not report, so `toEqual` compares only what was seen. */
export function defined(view: TagView): TagView {
  return Object.fromEntries(Object.entries(view).filter(([, v]) => v !== undefined)) as TagView;
}

export function pair(number: unknown, total: unknown): string | undefined {
  if (number === undefined || number === null) return undefined;
  return total === undefined || total === null ? String(number) : `${number}/${total}`;
}
