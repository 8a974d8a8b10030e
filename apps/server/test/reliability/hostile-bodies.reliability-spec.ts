import { rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { PROVIDER_IDS } from '@app/config';
import type { JobDto } from '@app/contracts';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { type ApiRoute, routesFromOpenApi } from './api-routes.js';
import { findEscapes, listing } from './escape-check.js';
import { hostileRequest, type KnownIds } from './hostile-requests.js';
import { TRAVERSAL_MARKER } from './hostile-values.js';
import { inParallel, RawClient } from './raw-client.js';
import { reportScenario } from './scenario-summary.js';
import { SeededRandom, scenarioSeed } from './seeded-random.js';

const REQUESTS_PER_ROUTE = 1000;
const REPO_ROOT = new URL('../../../../', import.meta.url).pathname;
const SENSITIVE = ['/', '/etc', homedir(), REPO_ROOT];

let testApp: TestApp;
let routes: ApiRoute[];
let jobId: string;

beforeAll(async () => {
  const nowhere = 'http://127.0.0.1:9/yt-dlp';
  // The hostile links point at a port nothing listens on; starting yt-dlp for each of their jobs (and retries)
  // would only slow the thousand requests down, so their jobs fail at once on a missing yt-dlp instead. The
  // kills stage runs link jobs through the real yt-dlp.
  const tools = { ytdlpReleasesUrl: nowhere, ytdlpReleaseApiUrl: nowhere, ytdlp: 'truetrack-hostile-no-yt-dlp' };
  testApp = await startTestApp({ tools }, {});
  const document = await (await fetch(`${testApp.baseUrl}/api/docs-json`)).json();
  routes = routesFromOpenApi(document);
  const created = await fetch(`${testApp.baseUrl}/api/v1/jobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'Linkin Park - Numb' }),
  });
  jobId = ((await created.json()) as JobDto).id;
});

afterAll(async () => {
  await testApp?.close();
});

const knownIds: KnownIds = (route) => {
  if (route.path.includes('/providers/')) return [...PROVIDER_IDS];
  if (route.path.includes('/jobs/')) return [jobId];
  return ['1', '00000000-0000-4000-8000-000000000000'];
};

describe('1,000 hostile requests per route', () => {
  it('finds every route of the API in the OpenAPI document', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    expect(paths).toEqual(
      expect.arrayContaining(['POST /api/v1/jobs', 'POST /api/v1/import', 'PUT /api/v1/library/naming']),
    );
    expect(routes.length).toBeGreaterThanOrEqual(30);
  });

  it('notices a file that escaped the data and library folders', () => {
    const planted = `${testApp.config.paths.dataDir}/../${TRAVERSAL_MARKER}-planted`;
    const roots = [tmpdir()];
    expect(findEscapes(`${TRAVERSAL_MARKER}-planted`, roots, [testApp.config.paths.dataDir])).toEqual([]);
    writeFileSync(planted, 'x');
    try {
      expect(findEscapes(`${TRAVERSAL_MARKER}-planted`, roots, [testApp.config.paths.dataDir])).toHaveLength(1);
    } finally {
      rmSync(planted);
    }
  });

  it('answers every one with less than 500, keeps answering /ping and writes nothing outside its folders', async () => {
    const seed = scenarioSeed(20_240_601);
    const random = new SeededRandom(seed);
    const before = SENSITIVE.map(listing);
    const client = new RawClient(testApp.baseUrl);
    const failures: string[] = [];
    let sent = 0;
    try {
      for (const route of routes) {
        const requests = Array.from({ length: REQUESTS_PER_ROUTE }, () => hostileRequest(random, route, knownIds));
        const answers = await inParallel(
          requests.map((r) => () => client.send(r)),
          8,
        );
        sent += answers.length;
        answers.forEach((answer, i) => {
          const r = requests[i]!;
          // MusicBrainz is off in this test: a Lidarr lookup then answers 503, as Lidarr does without its
          // metadata server. Any other 5xx is a fault.
          const providerOff =
            answer.status === 503 && /^\/api\/v1\/(artist|album)\/lookup|^\/api\/v1\/search/i.test(r.url);
          if ((answer.status >= 500 && !providerOff) || answer.status === 0) {
            failures.push(`${answer.status} ${answer.error ?? ''} ${r.method} ${r.url.slice(0, 200)} (${r.what})`);
          }
        });
      }
    } finally {
      client.close();
    }
    const ping = await fetch(`${testApp.baseUrl}/ping`);
    const allowed = [testApp.config.paths.dataDir, testApp.config.paths.libraryRoot];
    const escapes = findEscapes(TRAVERSAL_MARKER, [tmpdir(), REPO_ROOT, '/', homedir()], allowed);
    const changed = SENSITIVE.filter((dir, i) => listing(dir).join('\n') !== before[i]!.join('\n'));
    const jobs = ((await (await fetch(`${testApp.baseUrl}/api/v1/jobs`)).json()) as { totalRecords: number })
      .totalRecords;
    const counts = { runs: routes.length, kills: 0, jobs, lost: failures.length, duplicated: 0 };
    reportScenario('hostile bodies', counts, { requests: sent, escapes: escapes.length, seed });
    expect(failures.slice(0, 20)).toEqual([]);
    expect(ping.status).toBe(200);
    expect(escapes).toEqual([]);
    expect(changed).toEqual([]);
  }, 1_800_000);
});
