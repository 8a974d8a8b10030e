import { Injectable } from '@nestjs/common';
import type { SearchResultDto } from '@app/contracts';
import { type BrowseKind, browseResults, normalizeForMatch, type RequestConstraints } from '@app/core';
import { MusicBrainzProvider, type ProviderArtist } from '@app/resolver';

/**
 * Discographies and "latest EP" requests, from the artist's release groups at MusicBrainz (type and first release
 * date): the artist the name stands for, then their releases as album result cards.
 */
@Injectable()
export class ArtistReleases {
  constructor(private readonly musicbrainz: MusicBrainzProvider) {}

  /** The cards; empty when MusicBrainz knows no such artist or no release of the kind. */
  async browse(constraints: RequestConstraints, kind: BrowseKind): Promise<SearchResultDto[]> {
    const artist = chooseArtist(constraints.artist!, await this.musicbrainz.searchArtists(constraints.artist!));
    if (!artist) return [];
    const groups = await this.musicbrainz.browseReleaseGroups(artist.id);
    return browseResults(kind, { name: artist.name, score: artist.score ?? 1 }, groups);
  }
}

/** The artist of that very name when MusicBrainz lists one, else its best answer if it is a confident one. */
function chooseArtist(name: string, found: ProviderArtist[]): ProviderArtist | undefined {
  const wanted = normalizeForMatch(name);
  return found.find((a) => normalizeForMatch(a.name) === wanted) ?? found.find((a) => (a.score ?? 0) >= 0.9);
}
