// The same play is kept once on a real database (SQLite, or Postgres with TRUETRACK_TEST_DB=postgres), even for a
// listen as large as ListenBrainz allows: its names are far over Postgres' btree row limit (about 2.7 kB), which a
// unique index over the names themselves could not hold.
import { buildDataSourceOptions, openDataSource, TransactionRunner } from '@app/db';
import { LIBRARY_ENTITIES } from '@app/library';
import { freshDatabase, makeTempDir } from '@app/testing';
import type { DataSource } from 'typeorm';
import { LISTENING_ENTITIES } from '../src/listening-entities.js';
import { ListenEntity } from '../src/listens/listen.entity.js';
import { ListenEvents } from '../src/listens/listen-events.js';
import { ListenStore } from '../src/listens/listen-store.js';
import type { NewListen } from '../src/listens/new-listen.js';
import type { ListenMapper } from '../src/mapping/listen-mapper.service.js';

let dir: { path: string; remove(): Promise<void> };
let dataSource: DataSource;
let store: ListenStore;
let events: ListenEvents;

beforeEach(async () => {
  dir = await makeTempDir('truetrack-listen-identity');
  dataSource = await openDataSource(
    buildDataSourceOptions(await freshDatabase(dir.path), [...LISTENING_ENTITIES, ...LIBRARY_ENTITIES]),
  );
  const mapper = { listensStored: () => undefined } as unknown as ListenMapper;
  events = new ListenEvents();
  store = new ListenStore(new TransactionRunner(dataSource), mapper, events);
});

afterEach(async () => {
  await dataSource.destroy();
  await dir.remove();
});

/** Text that does not compress (a compressible name could slip under the btree limit): a seeded random walk. */
function incompressible(length: number, seed: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ';
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    text += letters[(state >>> 16) % letters.length];
  }
  return text;
}

// ListenBrainz takes at most 10,240 bytes a listen: nearly all of it in the two names.
const ARTIST = incompressible(5000, 1);
const TITLE = incompressible(5000, 2);
const listen = (overrides: Partial<NewListen> = {}): NewListen => ({
  listenerId: '00000000-0000-4000-8000-000000000001',
  listenedAt: 1_700_000_000_000,
  artistName: ARTIST,
  trackName: TITLE,
  source: 'listenbrainz-api',
  ...overrides,
});

it('keeps a listen with names as long as ListenBrainz allows, once however often it is submitted', async () => {
  await store.add([listen()]);
  await store.add([listen(), listen({ artistName: ` ${ARTIST} ` })]);
  const rows = await dataSource.getRepository(ListenEntity).find();
  expect(rows).toHaveLength(1);
  expect(rows[0]!.artistName).toBe(ARTIST);
  expect(rows[0]!.trackName).toBe(TITLE);
  expect(rows[0]!.identityHash).toMatch(/^[0-9a-f]{64}$/);
});

it('tells plays apart by listener, time and names, and reads one Unicode spelling as the other', async () => {
  await store.add([
    listen({ trackName: 'Nan\u00e3' }),
    listen({ trackName: 'Nana\u0303' }),
    listen({ trackName: 'Nana' }),
    listen({ trackName: 'Nana', listenedAt: 1_700_000_001_000 }),
    listen({ trackName: 'Nana', listenerId: '00000000-0000-4000-8000-000000000002' }),
  ]);
  expect(await dataSource.getRepository(ListenEntity).count()).toBe(4);
});

it('tells the listeners whose listens were stored, once they are committed', async () => {
  const told: { ids: string[]; rows: number }[] = [];
  events.onChanged((ids) => {
    // Counted synchronously as the event arrives: the rows must be readable by then.
    void dataSource
      .getRepository(ListenEntity)
      .count()
      .then((rows) => told.push({ ids: [...ids].sort(), rows }));
  });
  await store.add([
    listen({ trackName: 'One' }),
    listen({ trackName: 'Two', listenerId: '00000000-0000-4000-8000-000000000002' }),
    listen({ trackName: 'Three' }),
  ]);
  await store.add([]);
  await new Promise((resolve) => setImmediate(resolve));
  await dataSource.getRepository(ListenEntity).count();
  expect(told).toEqual([
    { ids: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'], rows: 3 },
  ]);
});
