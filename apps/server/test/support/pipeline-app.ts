import { readFileSync } from 'node:fs';
import type { AppConfig } from '@app/config';
import { type DeepPartial, deepMerge, type FakeHandler, type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { parse } from 'yaml';
import { startTestApp, type TestApp } from './test-app.js';

/** A yt-dlp that does not exist: a download through it fails permanently, naming the program. */
export const NO_YTDLP = 'truetrack-test-no-yt-dlp';

/** The providers the pipeline app talks to, each through its own loopback fake. LRCLIB stays off. */
export const FAKE_PROVIDERS = ['musicbrainz', 'itunes', 'deezer', 'youtube_music', 'coverartarchive'] as const;
export type FakeProviderId = (typeof FAKE_PROVIDERS)[number];

/** The path the real service answers under; the provider's base URL carries it, as in production. */
const PATH_PREFIX: Record<FakeProviderId, string> = {
  musicbrainz: '/ws/2',
  itunes: '',
  deezer: '',
  youtube_music: '/youtubei/v1',
  coverartarchive: '',
};

/**
 * What each provider answers when a test sets nothing: its own shape of "found nothing" (MusicBrainz ws/2
 * search, Deezer search/track, iTunes Search, an InnerTube search without results) and the archive's 404.
 */
export const EMPTY_ANSWERS: Record<FakeProviderId, FakeHandler> = {
  musicbrainz: () => ({ body: { created: '2024-01-01T00:00:00.000Z', count: 0, offset: 0, recordings: [] } }),
  deezer: () => ({ body: { data: [], total: 0 } }),
  itunes: () => ({ body: { resultCount: 0, results: [] } }),
  youtube_music: () => ({ body: { responseContext: {}, contents: { tabbedSearchResultsRenderer: { tabs: [] } } } }),
  coverartarchive: () => ({ status: 404, body: 'Not Found' }),
};

export interface PipelineApp extends TestApp {
  fakes: Record<FakeProviderId, FakeHttpServer>;
  /** Sets every fake's handler: the ones given, "found nothing" for the others; forgets earlier requests. */
  serve(handlers?: Partial<Record<FakeProviderId, FakeHandler>>): void;
}

/**
 * The whole server with the real feature modules (resolver steps and all) and every provider pointed at
 * its own fake server on 127.0.0.1. Downloads fail permanently (see NO_YTDLP); steps not built yet fail the job
 * with "No step handler is registered".
 */
export async function startPipelineApp(overrides: DeepPartial<AppConfig> = {}): Promise<PipelineApp> {
  const started: FakeHttpServer[] = [];
  try {
    for (const id of FAKE_PROVIDERS) started.push(await startFakeHttpServer(EMPTY_ANSWERS[id]));
    const fakes = Object.fromEntries(FAKE_PROVIDERS.map((id, i) => [id, started[i]!])) as PipelineApp['fakes'];
    const providers = Object.fromEntries(
      FAKE_PROVIDERS.map((id) => [id, { baseUrl: `${fakes[id].url}${PATH_PREFIX[id]}`, enabled: true }]),
    );
    const settings: DeepPartial<AppConfig> = {
      providers: { ...providers, lrclib: { enabled: false }, musicbrainzIntervalMs: 0, cacheTtlMs: 0 },
      // The sources the fakes offer are internet URLs: no yt-dlp may try them, so downloads fail at once.
      tools: { ytdlp: NO_YTDLP },
    };
    const testApp = await startTestApp(deepMerge(settings, overrides), {});
    return {
      ...testApp,
      fakes,
      serve(handlers = {}) {
        for (const id of FAKE_PROVIDERS) {
          fakes[id].requests.length = 0;
          fakes[id].handle(handlers[id] ?? EMPTY_ANSWERS[id]);
        }
      },
      async close() {
        await testApp.close();
        await Promise.all(started.map((fake) => fake.close()));
      },
    };
  } catch (error) {
    await Promise.all(started.map((fake) => fake.close()));
    throw error;
  }
}

const RESOLVER_FIXTURES = new URL('../../../../libs/resolver/test/fixtures/', import.meta.url);

/** A recorded (or constructed) provider answer under libs/resolver/test/fixtures, as text. */
export function providerFixture(path: string): string {
  return readFileSync(new URL(path, RESOLVER_FIXTURES), 'utf8');
}

/** The response body of a vcrpy cassette's `index`-th interaction, exactly as the service sent it. */
export function cassetteFixture(path: string, index = 0): string {
  const { interactions } = parse(providerFixture(path)) as {
    interactions: { response: { body: { string: string } } }[];
  };
  const body = interactions[index]?.response.body.string;
  if (body === undefined) throw new Error(`${path} has no interaction ${index}`);
  return body;
}

/** A fake-server reply carrying a body exactly as the service sent it. */
export function asRecorded(body: string): { headers: Record<string, string>; body: string } {
  return { headers: { 'content-type': 'application/json; charset=utf-8' }, body };
}
