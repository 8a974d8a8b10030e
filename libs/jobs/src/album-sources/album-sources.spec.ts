import { JobState } from '@app/contracts';
import type { StepContext } from '../engine/step.types.js';
import { type AlbumRelease, type AlbumSource, AlbumSources } from './album-sources.js';

const album: AlbumRelease = { id: 'r1', artist: 'A', title: 'B', tracks: [], children: [] };
const ctx = {} as StepContext;
const source = (name: string, answer: Awaited<ReturnType<AlbumSource['offer']>>, asked: string[]): AlbumSource => ({
  name,
  offer: async () => {
    asked.push(name);
    return answer;
  },
});

describe('AlbumSources', () => {
  it('hands the album to the first source that takes it, with the reasons of those that did not', async () => {
    const asked: string[] = [];
    const sut = new AlbumSources();
    sut.register(source('one', { declined: 'No indexer answered' }, asked));
    sut.register(source('two', { outcome: { next: JobState.Downloading, reason: 'Grabbed' } }, asked));
    sut.register(source('three', { outcome: { next: JobState.Downloading, reason: 'Never asked' } }, asked));
    const answer = await sut.offer(ctx, album);
    expect(answer).toEqual({
      outcome: { next: JobState.Downloading, reason: 'Grabbed' },
      notes: ['No indexer answered'],
    });
    expect(asked).toEqual(['one', 'two']);
  });

  it('answers only the notes when no source takes the album; a silent refusal adds none', async () => {
    const sut = new AlbumSources();
    sut.register(source('one', { declined: undefined }, []));
    sut.register(source('two', { declined: 'No release approved' }, []));
    expect(await sut.offer(ctx, album)).toEqual({ notes: ['No release approved'] });
  });

  it('refuses a source registered twice', () => {
    const sut = new AlbumSources();
    sut.register(source('one', { declined: undefined }, []));
    expect(() => sut.register(source('one', { declined: undefined }, []))).toThrow(
      'Album source one is registered twice',
    );
  });
});
