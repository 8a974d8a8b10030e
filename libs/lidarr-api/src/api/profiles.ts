/** The one quality profile: TrueTrack decides formats by its own output policy. */
export const QUALITY_PROFILES = [
  {
    id: 1,
    name: 'Any',
    upgradeAllowed: false,
    cutoff: 1,
    items: [{ quality: { id: 1, name: 'Any' }, items: [], allowed: true }],
    minFormatScore: 0,
    cutoffFormatScore: 0,
    formatItems: [],
  },
];

/** The one metadata profile: albums, EPs and singles, official releases. */
export const METADATA_PROFILES = [
  {
    id: 1,
    name: 'Standard',
    primaryAlbumTypes: ['Album', 'EP', 'Single'].map((name, id) => ({
      id: id + 1,
      albumType: { id, name },
      allowed: true,
    })),
    secondaryAlbumTypes: [{ id: 1, albumType: { id: 0, name: 'Studio' }, allowed: true }],
    releaseStatuses: [{ id: 1, releaseStatus: { id: 0, name: 'Official' }, allowed: true }],
  },
];
