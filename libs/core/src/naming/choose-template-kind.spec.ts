import type { NamingTemplateKind, TrackMetadata } from '@app/contracts';
import { chooseTemplateKind } from './choose-template-kind.js';

const base: TrackMetadata = { title: 'Numb', artists: ['Linkin Park'], musicbrainz: {}, source: 'musicbrainz' };

describe('chooseTemplateKind', () => {
  it.each<[string, Partial<TrackMetadata>, NamingTemplateKind]>([
    ['an album track', { album: 'Meteora', releaseType: 'Album' }, 'album'],
    ['an album track of unknown type', { album: 'Meteora' }, 'album'],
    ['an EP track', { album: 'Hybrid Theory EP', releaseType: 'EP' }, 'album'],
    ['no album', {}, 'single'],
    ['a blank album', { album: '  ' }, 'single'],
    ['a release typed Single', { album: 'Numb', releaseType: 'Single' }, 'single'],
    ['the B-side of a single', { title: 'Numb (live)', album: 'Numb', releaseType: 'single' }, 'single'],
    ["iTunes' single album name", { album: 'Numb - Single' }, 'single'],
    ['the compilation flag', { album: 'Now 50', compilation: true }, 'compilation'],
    ['a release typed Compilation', { album: 'Greatest Hits', releaseType: 'Compilation' }, 'compilation'],
    ['Various Artists as album artist', { album: 'Now 50', albumArtists: ['Various Artists'] }, 'compilation'],
    ['various artists in other case', { album: 'Now 50', albumArtists: ['various artists'] }, 'compilation'],
    ['a compilation flag without album', { compilation: true }, 'single'],
  ])('%s', (_case, overrides, kind) => {
    expect(chooseTemplateKind({ ...base, ...overrides })).toBe(kind);
  });
});
