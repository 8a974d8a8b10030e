/** An artist as a catalog provider describes it. */
export interface ProviderArtist {
  /** MusicBrainz artist id. */
  id: string;
  name: string;
  sortName: string;
  /** `Person`, `Group`, `Orchestra`… */
  type?: string;
  disambiguation?: string;
  country?: string;
  ended: boolean;
  /** The provider's relevance 0..1, for search answers. */
  score?: number;
}

/** An album of an artist in the provider's sense: every edition of it together (a MusicBrainz release group). */
export interface ProviderReleaseGroup {
  id: string;
  title: string;
  disambiguation?: string;
  /** `Album`, `EP`, `Single`… */
  primaryType?: string;
  secondaryTypes: string[];
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  firstReleaseDate?: string;
}
