// The naming settings API on the whole server: the templates in effect and the tokens, saving templates over the
// configured ones, the preview of built-in samples, and the 400s that name the offending template.
import { resolve, sep } from 'node:path';
import request from 'supertest';
import type { ApiErrorBody, NamingPreviewDto, NamingSettingsDto } from '@app/contracts';
import { NAMING_TOKENS } from '@app/core';
import { SettingsStore } from '@app/db';
import { LibraryModule, NAMING_SETTING_KEY } from '@app/library';
import { startTestApp, type TestApp } from './support/test-app.js';
import type { Server } from './support/wait-for-job.js';

const CONFIGURED = {
  album: '{Album Artist}/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Track Title}',
  single: '{Artist}/Singles/{Artist} - {Track Title}',
  compilation: 'Compilations/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Artist} - {Track Title}',
};
const ROUTE = '/api/v1/library/naming';

let testApp: TestApp;
let server: Server;

beforeAll(async () => {
  testApp = await startTestApp({}, { features: [LibraryModule] });
  server = testApp.server;
});

afterAll(async () => {
  await testApp.close();
});

beforeEach(async () => {
  await testApp.app.get(SettingsStore).remove(NAMING_SETTING_KEY);
});

async function current(): Promise<NamingSettingsDto> {
  return (await request(server).get(ROUTE).expect(200)).body as NamingSettingsDto;
}

function expectFieldError(body: ApiErrorBody, field: string, message: string): void {
  expect(body).toEqual({ statusCode: 400, error: 'Bad Request', message, errors: [{ field, message }] });
}

describe(`GET ${ROUTE}`, () => {
  it('answers the configured templates and every token with a description', async () => {
    const sut = await current();
    expect(sut.templates).toEqual(CONFIGURED);
    expect(sut.source).toBe('config');
    expect(sut.tokens).toHaveLength(NAMING_TOKENS.length);
    expect(sut.tokens).toContainEqual({
      token: '{Album Title}',
      description: 'The album, "Unknown Album" when unknown',
    });
    expect(sut.tokens.every((t) => /^\{.+\}$/.test(t.token) && t.description.length > 5)).toBe(true);
  });
});

describe(`PUT ${ROUTE}`, () => {
  it('saves the given templates over the configured ones, keeping the others', async () => {
    const album = '{Artist Name}/{Album Title}/{track:00} {Track Title}';
    const response = await request(server)
      .put(ROUTE)
      .send({ album: `  ${album} ` })
      .expect(200);
    expect((response.body as NamingSettingsDto).templates).toEqual({ ...CONFIGURED, album });
    expect(await current()).toMatchObject({ templates: { ...CONFIGURED, album }, source: 'settings' });

    const single = '{Artist}/{Track Title}';
    await request(server).put(ROUTE).send({ single }).expect(200);
    expect((await current()).templates).toEqual({ ...CONFIGURED, album, single });
  });

  it('changes nothing for an empty body', async () => {
    await request(server).put(ROUTE).send({}).expect(200);
    expect(await current()).toMatchObject({ templates: CONFIGURED, source: 'config' });
  });

  it.each<[string, unknown, string, string]>([
    [
      'a typo',
      { album: '{Artst}/{Track Title}' },
      'album',
      'album has an unknown token {Artst}; did you mean {Artist}?',
    ],
    [
      'a way out of the library',
      { compilation: '{Album Title}/../../{Track Title}' },
      'compilation',
      'compilation must not contain . or .. folders, which would leave or repeat a folder',
    ],
    [
      'no title in the file name',
      { single: '{Artist}/{Album Title}' },
      'single',
      'single must contain {Track Title} in the file name (after the last /), or different tracks would get the same name',
    ],
    [
      'an absolute path',
      { single: '/srv/{Track Title}' },
      'single',
      'single must be relative to the library root, not start with / or a drive',
    ],
    ['an unclosed brace', { album: '{Artist/{Track Title}' }, 'album', 'album has an unclosed { at character 1'],
    ['an empty template', { album: '   ' }, 'album', 'album must not be empty'],
    ['a number', { album: 42 }, 'album', 'album must be a string'],
    ['null', { single: null }, 'single', 'single must be a string'],
    [
      'a template over 500 characters',
      { album: `{Track Title}${'x'.repeat(500)}` },
      'album',
      'album must be at most 500 characters (it has 513)',
    ],
    ['an unknown field', { artist: '{Artist}' }, 'artist', 'property artist should not exist'],
  ])('answers 400 naming the field for %s, saving nothing', async (_case, body, field, message) => {
    const response = await request(server)
      .put(ROUTE)
      .send(body as object)
      .expect(400);
    expectFieldError(response.body as ApiErrorBody, field, message);
    expect(await current()).toMatchObject({ templates: CONFIGURED, source: 'config' });
  });
});

describe(`POST ${ROUTE}/preview`, () => {
  it('renders the samples with the templates in effect', async () => {
    const response = await request(server).post(`${ROUTE}/preview`).send({}).expect(200);
    const sut = response.body as NamingPreviewDto;
    expect(sut.templates).toEqual(CONFIGURED);
    expect(sut.samples).toEqual([
      { name: 'Album track', kind: 'album', path: 'Linkin Park/Meteora (2003)/13 - Numb.flac' },
      {
        name: 'Track of a multi-disc album',
        kind: 'album',
        path: 'The Beatles/The Beatles (1968)/2-01 - Birthday.mp3',
      },
      {
        name: 'Single',
        kind: 'single',
        path: 'Daft Punk feat. Pharrell Williams/Singles/Daft Punk feat. Pharrell Williams - Get Lucky.m4a',
      },
      {
        name: 'Compilation track',
        kind: 'compilation',
        path: "Compilations/Now That's What I Call Music! 50 (2001)/1-03 - Kylie Minogue - Can't Get You Out of My Head.mp3",
      },
      { name: 'Hostile title', kind: 'album', path: 'AC-DC/Unknown Album/06 - ..-..-etc-passwd - CON-.opus' },
    ]);
    const root = resolve(testApp.config.paths.libraryRoot);
    for (const sample of sut.samples) expect(resolve(root, sample.path).startsWith(root + sep)).toBe(true);
  });

  it('renders with the given templates without saving them', async () => {
    const templates = { album: '{Album Title}/{track:0}. {Track Title}', single: 'Singles/{Track Title}' };
    const response = await request(server).post(`${ROUTE}/preview`).send({ templates }).expect(200);
    const sut = response.body as NamingPreviewDto;
    expect(sut.templates).toEqual({ ...CONFIGURED, ...templates });
    expect(sut.samples.map((s) => s.path)).toEqual([
      'Meteora/13. Numb.flac',
      'The Beatles/1. Birthday.mp3',
      'Singles/Get Lucky.m4a',
      "Compilations/Now That's What I Call Music! 50 (2001)/1-03 - Kylie Minogue - Can't Get You Out of My Head.mp3",
      'Unknown Album/6. ..-..-etc-passwd - CON-.opus',
    ]);
    expect((await current()).source).toBe('config');
  });

  it('uses the saved templates once there are some', async () => {
    await request(server).put(ROUTE).send({ album: '{Artist}/{Track Title}' }).expect(200);
    const response = await request(server).post(`${ROUTE}/preview`).expect(200);
    expect((response.body as NamingPreviewDto).samples[0]?.path).toBe('Linkin Park/Numb.flac');
  });

  it.each<[string, unknown, string, string]>([
    [
      'an invalid template',
      { templates: { single: '{Artist}/{Titel}' } },
      'templates.single',
      'templates.single has an unknown token {Titel}; did you mean {Track Title}?',
    ],
    [
      'a template that climbs out',
      { templates: { album: '{Album Title}/../..' } },
      'templates.album',
      'templates.album must not contain . or .. folders, which would leave or repeat a folder',
    ],
    ['templates that are not an object', { templates: 'x' }, 'templates', 'templates must be an object'],
  ])('answers 400 naming the field for %s', async (_case, body, field, message) => {
    const response = await request(server)
      .post(`${ROUTE}/preview`)
      .send(body as object)
      .expect(400);
    expectFieldError(response.body as ApiErrorBody, field, message);
  });
});
