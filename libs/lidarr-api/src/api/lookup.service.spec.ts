import { jest } from '@jest/globals';
import { PermanentError } from '@app/core';
import type { MusicBrainzProvider } from '@app/resolver';
import type { AlbumRepository } from '../catalog/album.repository.js';
import type { ArtistRepository } from '../catalog/artist.repository.js';
import type { AlbumViews } from './album-views.service.js';
import type { ArtistViews } from './artist-views.service.js';
import { LookupService } from './lookup.service.js';

function lookups(enabled: boolean) {
  const musicbrainz = {
    isEnabled: () => enabled,
    searchArtists: jest.fn(async (_term: string) => []),
    lookupArtist: jest.fn(async () => undefined),
    searchReleases: jest.fn(async (_lucene: string) => []),
  };
  const artists = { findByForeignIds: async () => [] } as unknown as ArtistRepository;
  const albums = { findByForeignIds: async () => [] } as unknown as AlbumRepository;
  const albumViews = { render: async () => [] } as unknown as AlbumViews;
  const service = new LookupService(
    musicbrainz as unknown as MusicBrainzProvider,
    artists,
    albums,
    {} as ArtistViews,
    albumViews,
  );
  return { service, musicbrainz };
}

describe('LookupService', () => {
  it('refuses a lookup at once when MusicBrainz is off, without asking it', async () => {
    const { service, musicbrainz } = lookups(false);
    await expect(service.artistLookup('Muse')).rejects.toThrow(PermanentError);
    await expect(service.artistLookup('lidarr:9c9f1380-2516-4fc9-a3e6-f9f61941d090')).rejects.toThrow(
      /MusicBrainz is off/,
    );
    await expect(service.albumLookup('Absolution')).rejects.toThrow(/MusicBrainz is off/);
    expect(musicbrainz.searchArtists).not.toHaveBeenCalled();
    expect(musicbrainz.lookupArtist).not.toHaveBeenCalled();
    expect(musicbrainz.searchReleases).not.toHaveBeenCalled();
  });

  it('answers an album id lookup from the catalogue even when MusicBrainz is off', async () => {
    const { service } = lookups(false);
    await expect(service.albumLookup('lidarr:9c9f1380-2516-4fc9-a3e6-f9f61941d090')).resolves.toEqual([]);
  });

  it('asks MusicBrainz when it is on', async () => {
    const { service, musicbrainz } = lookups(true);
    await service.artistLookup('Muse');
    await service.albumLookup('Absolution');
    expect(musicbrainz.searchArtists).toHaveBeenCalledWith('Muse');
    expect(musicbrainz.searchReleases).toHaveBeenCalledWith('release:"Absolution"');
  });
});
