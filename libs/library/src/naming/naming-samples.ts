import type { NamingSampleDto, NamingTemplatesDto, TrackMetadata } from '@app/contracts';
import { chooseTemplateKind, renderPath } from '@app/core';

/** Tracks that show what each template does, including one whose names try to leave the library. */
export const NAMING_SAMPLES: readonly { name: string; metadata: TrackMetadata; extension: string }[] = [
  {
    name: 'Album track',
    extension: 'flac',
    metadata: {
      title: 'Numb',
      artists: ['Linkin Park'],
      album: 'Meteora',
      albumArtists: ['Linkin Park'],
      releaseDate: '2003-03-25',
      trackNumber: 13,
      trackTotal: 13,
      discNumber: 1,
      discTotal: 1,
      genres: ['Nu Metal'],
      releaseType: 'Album',
      musicbrainz: {},
      source: 'sample',
    },
  },
  {
    name: 'Track of a multi-disc album',
    extension: 'mp3',
    metadata: {
      title: 'Birthday',
      artists: ['The Beatles'],
      album: 'The Beatles',
      albumArtists: ['The Beatles'],
      releaseDate: '1968-11-22',
      trackNumber: 1,
      trackTotal: 17,
      discNumber: 2,
      discTotal: 2,
      releaseType: 'Album',
      musicbrainz: {},
      source: 'sample',
    },
  },
  {
    name: 'Single',
    extension: 'm4a',
    metadata: {
      title: 'Get Lucky',
      artists: ['Daft Punk', 'Pharrell Williams'],
      artistCredit: 'Daft Punk feat. Pharrell Williams',
      releaseDate: '2013-04-19',
      musicbrainz: {},
      source: 'sample',
    },
  },
  {
    name: 'Compilation track',
    extension: 'mp3',
    metadata: {
      title: "Can't Get You Out of My Head",
      artists: ['Kylie Minogue'],
      album: "Now That's What I Call Music! 50",
      albumArtists: ['Various Artists'],
      releaseDate: '2001-11-19',
      trackNumber: 3,
      discNumber: 1,
      discTotal: 2,
      compilation: true,
      releaseType: 'Compilation',
      musicbrainz: {},
      source: 'sample',
    },
  },
  {
    name: 'Hostile title',
    extension: 'opus',
    metadata: {
      title: '../../etc/passwd: <CON>?*',
      artists: ['AC/DC'],
      album: '..',
      albumArtists: ['AC/DC'],
      trackNumber: 6,
      musicbrainz: {},
      source: 'sample',
    },
  },
];

/** Where each sample would be stored with these templates. */
export function renderSamples(templates: NamingTemplatesDto): NamingSampleDto[] {
  return NAMING_SAMPLES.map(({ name, metadata, extension }) => {
    const kind = chooseTemplateKind(metadata);
    return { name, kind, path: renderPath(templates[kind], metadata, extension) };
  });
}
