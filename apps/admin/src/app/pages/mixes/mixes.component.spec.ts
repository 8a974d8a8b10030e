import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MixDto, MixLineDto, MixSplitDto, MixSummaryDto } from '@app/contracts';

import { MixesComponent } from './mixes.component';
import { mixTime } from './mix-time';

const summary: MixSummaryDto = {
  id: 'm-1',
  trackId: 't-mix',
  title: 'Loopback Sessions 001',
  path: 'Mixes/Loopback Sessions.flac',
  tracklistSource: 'paste',
  tracklistFormat: 'timed',
  cuePath: 'Mixes/Loopback Sessions.cue',
  chaptersMethod: 'vorbis-comments-format',
  lineCount: 3,
  unsureCount: 1,
  missingCount: 1,
  updatedAt: '2026-12-07T10:00:00.000Z',
};

const line = (overrides: Partial<MixLineDto>): MixLineDto => ({
  id: 'l-1',
  position: 1,
  start: 0,
  startPrecision: 'second',
  artist: 'Glenn Miller',
  title: 'In The Mood',
  label: 'BLUEBIRD',
  together: [],
  unidentified: false,
  status: 'in-library',
  trackId: 't-1',
  candidates: [],
  recordingId: null,
  recordings: [],
  raw: '[00:00] Glenn Miller - In The Mood [BLUEBIRD]',
  ...overrides,
});

const mix: MixDto = {
  ...summary,
  lines: [
    line({}),
    line({
      id: 'l-2',
      position: 2,
      start: 3727,
      artist: 'Duke Ellington Orchestra',
      title: 'Take The A Train',
      label: null,
      status: 'unsure',
      trackId: null,
      candidates: [
        {
          trackId: 't-2',
          artist: 'Duke Ellington',
          title: 'Take The A Train',
          album: 'Ellington Indigos',
          year: 1958,
          durationMs: 175_000,
          score: 0.9,
          reasons: ['title equal', 'artist one holds the other'],
        },
      ],
      recordings: [
        {
          recordingId: '5b7a1c6e-1d2f-4c4f-9a55-0e6d1e2f3a4b',
          artist: 'Duke Ellington and His Famous Orchestra',
          title: "Take the 'A' Train",
          score: 0.82,
          album: 'The Blanton–Webster Band',
          releaseDate: '1941-02-15',
          durationMs: 174_000,
          reasons: ['artist credit differs'],
        },
      ],
    }),
    line({
      id: 'l-3',
      label: null,
      position: 3,
      start: null,
      startPrecision: 'none',
      artist: 'ID',
      title: 'ID',
      status: 'unidentified',
      unidentified: true,
      trackId: null,
    }),
    line({
      id: 'l-4',
      label: null,
      position: 4,
      start: 3907,
      artist: 'Count Basie',
      title: 'One O Clock Jump',
      status: 'missing',
      trackId: null,
    }),
  ],
};

const split: MixSplitDto = { state: 'idle', done: 0, total: 0, error: null, sampleExact: null, parts: [] };

describe('MixesComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) {
    for (let i = 0; i < 3; i++) {
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
    }
    fixture.detectChanges();
  }

  async function openMix() {
    const fixture = TestBed.createComponent(MixesComponent);
    http.expectOne('/api/v1/mixes').flush([summary]);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('nav button')!.click();
    http.expectOne('/api/v1/mixes/m-1').flush(mix);
    await settle(fixture);
    http.expectOne('/api/v1/mixes/m-1/split').flush(split);
    await settle(fixture);
    return { fixture, element };
  }

  it('lists mixes and shows a tracklist with times, labels and per-line status', async () => {
    const { element } = await openMix();
    expect(element.querySelector('nav')!.textContent).toContain('1 to confirm · 1 missing');
    const rows = [...element.querySelectorAll('tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].slice(0, 4).map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['1', '0:00', 'Glenn Miller – In The Mood [BLUEBIRD]', 'In library'],
      ['2', '1:02:07', 'Duke Ellington Orchestra – Take The A Train', 'Confirm'],
      ['3', '—', 'ID – ID', 'ID'],
      ['4', '1:05:07', 'Count Basie – One O Clock Jump', 'Missing'],
    ]);
    expect(element.querySelector<HTMLAnchorElement>('a[download]')!.getAttribute('href')).toBe('/api/v1/mixes/m-1/cue');
  });

  it('shows the library candidate and the recording found of an unsure line as cards; picks the track', async () => {
    const { fixture, element } = await openMix();
    element.querySelector<HTMLButtonElement>('button[aria-label="Fix line 2"]')!.click();
    fixture.detectChanges();
    const cards = [...element.querySelectorAll('[aria-label="Candidates for line 2"] adm-candidate-card')];
    const text = cards.map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(text).toHaveLength(2);
    // Title, artist, album · year, length against the 3:00 the line plays, score, source, why.
    expect(cards[0]!.querySelector('.title')!.textContent).toBe('Take The A Train');
    expect(text[0]).toContain('Duke Ellington');
    expect(text[0]).toContain('Ellington Indigos · 1958');
    expect(text[0]).toContain('2:55 vs 3:00 expected');
    expect(text[0]).toContain('90% confidence · library');
    expect(text[0]).toContain('artist one holds the other');
    expect(text[1]).toContain('The Blanton–Webster Band · 1941');
    expect(text[1]).toContain('2:54 vs 3:00 expected');
    expect(text[1]).toContain('82% confidence · musicbrainz');
    cards[0]!.querySelector<HTMLButtonElement>('button.pick')!.click();
    const put = http.expectOne('/api/v1/mixes/m-1/lines/l-2');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ trackId: 't-2' });
    put.flush({
      ...mix,
      lines: mix.lines.map((l) => (l.id === 'l-2' ? { ...l, status: 'fixed', trackId: 't-2' } : l)),
    });
    await settle(fixture);
    http.expectOne('/api/v1/mixes').flush([{ ...summary, unsureCount: 0 }]);
    await settle(fixture);
    expect(element.querySelector('tr[data-status="fixed"]')!.textContent).toContain('Fixed');
    expect(element.querySelector('nav')!.textContent).toContain('0 to confirm · 1 missing');
  });

  it('sends a recording picked by its MusicBrainz id', async () => {
    const { fixture, element } = await openMix();
    element.querySelector<HTMLButtonElement>('button[aria-label="Fix line 2"]')!.click();
    fixture.detectChanges();
    element.querySelectorAll<HTMLButtonElement>('[aria-label="Candidates for line 2"] button.pick')[1]!.click();
    const put = http.expectOne('/api/v1/mixes/m-1/lines/l-2');
    expect(put.request.body).toEqual({ recordingId: '5b7a1c6e-1d2f-4c4f-9a55-0e6d1e2f3a4b' });
    put.flush(mix);
    await settle(fixture);
    http.expectOne('/api/v1/mixes').flush([summary]);
  });

  it('says so when a line has no candidate', async () => {
    const { fixture, element } = await openMix();
    element.querySelector<HTMLButtonElement>('button[aria-label="Fix line 4"]')!.click();
    fixture.detectChanges();
    expect(element.querySelector('tr.editor')!.textContent).toContain('No candidate was found');
    expect(element.querySelector('tr.editor adm-candidate-card')).toBeNull();
  });

  it('asks for the artist and title before sending a typed line', async () => {
    const { fixture, element } = await openMix();
    element.querySelector<HTMLButtonElement>('button[aria-label="Fix line 3"]')!.click();
    await settle(fixture);
    element.querySelector<HTMLFormElement>('tr.editor form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')!.textContent).toContain('Type artist and title first.');
    http.expectNone('/api/v1/mixes/m-1/lines/l-3');
  });

  it('requests the missing lines in one click and says how many', async () => {
    const { fixture, element } = await openMix();
    [...element.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent!.includes('Request missing'))!
      .click();
    http.expectOne('/api/v1/mixes/m-1/request-missing').flush({ listJobId: 'j-1', requested: 1 });
    await settle(fixture);
    http.expectOne('/api/v1/mixes/m-1').flush(mix);
    await settle(fixture);
    http.expectOne('/api/v1/mixes').flush([summary]);
    await settle(fixture);
    expect(element.querySelector('p[role="status"]')!.textContent).toContain('Requested 1 missing track as one list.');
  });

  it('starts a split and shows its progress', async () => {
    const { fixture, element } = await openMix();
    [...element.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Split'))!.click();
    const post = http.expectOne('/api/v1/mixes/m-1/split');
    expect(post.request.method).toBe('POST');
    post.flush({ ...split, state: 'running', done: 1, total: 4 });
    await settle(fixture);
    expect(element.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).toBe('25');
    expect(element.querySelector('.split')!.textContent).toContain('Cutting part 2 of 4');
  });

  it('lists the parts of a mix split before', async () => {
    const fixture = TestBed.createComponent(MixesComponent);
    http.expectOne('/api/v1/mixes').flush([summary]);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('nav button')!.click();
    http.expectOne('/api/v1/mixes/m-1').flush(mix);
    await settle(fixture);
    const part = { lineId: 'l-1', trackId: 't-9', artist: 'Glenn Miller', title: 'In The Mood' };
    http.expectOne('/api/v1/mixes/m-1/split').flush({
      ...split,
      state: 'done',
      sampleExact: false,
      parts: [
        { ...part, position: 1, path: 'Mixes/Loopback Sessions (parts)/01 - Glenn Miller - In The Mood.flac' },
        { ...part, position: 2, path: 'Mixes/Loopback Sessions (parts)/02 - Duke Ellington - Take The A Train.flac' },
      ],
    });
    await settle(fixture);
    const parts = element.querySelector('section[aria-label="Parts"]')!;
    expect(parts.querySelector('h3')!.textContent).toContain('Split into 2 tracks (cut at codec frames)');
    expect([...parts.querySelectorAll('li')].map((li) => li.textContent!.trim())).toEqual([
      'Mixes/Loopback Sessions (parts)/01 - Glenn Miller - In The Mood.flac',
      'Mixes/Loopback Sessions (parts)/02 - Duke Ellington - Take The A Train.flac',
    ]);
  });

  it('finds the mix file, takes a pasted tracklist and attaches it', async () => {
    const fixture = TestBed.createComponent(MixesComponent);
    http.expectOne('/api/v1/mixes').flush([]);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    element.querySelector<HTMLFormElement>('details.attach form:not(.find)')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(element.querySelector('[role="alert"]')!.textContent).toContain('Type mix file and tracklist first.');

    type('#mix-file', 'loopback');
    element.querySelector<HTMLFormElement>('form.find')!.dispatchEvent(new Event('submit'));
    http
      .expectOne((r) => r.url === '/api/v1/library/tracks' && r.params.get('search') === 'loopback')
      .flush({ records: [{ id: 't-mix', path: 'Mixes/Loopback Sessions.flac' }], total: 1, page: 1, pageSize: 20 });
    await settle(fixture);
    expect(element.querySelector('#mix-track option')!.textContent).toContain('Mixes/Loopback Sessions.flac');
    type('#mix-tracklist', '[00:00] Glenn Miller - In The Mood');
    element.querySelector<HTMLFormElement>('details.attach form:not(.find)')!.dispatchEvent(new Event('submit'));
    const post = http.expectOne((r) => r.url === '/api/v1/mixes' && r.method === 'POST');
    expect(post.request.body).toEqual({ trackId: 't-mix', tracklist: '[00:00] Glenn Miller - In The Mood' });
    post.flush(mix);
    await settle(fixture);
    http.expectOne((r) => r.url === '/api/v1/mixes' && r.method === 'GET').flush([summary]);
    await settle(fixture);
    http.expectOne('/api/v1/mixes/m-1').flush(mix);
    await settle(fixture);
    http.expectOne('/api/v1/mixes/m-1/split').flush(split);
    await settle(fixture);
    expect(element.querySelector('p[role="status"]')!.textContent).toContain(
      'Attached 3 lines to Mixes/Loopback Sessions.flac.',
    );
  });

  it('searches which mixes contain a name', async () => {
    const fixture = TestBed.createComponent(MixesComponent);
    http.expectOne('/api/v1/mixes').flush([]);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector<HTMLInputElement>('#mix-search')!;
    input.value = 'ellington';
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLFormElement>('form.search')!.dispatchEvent(new Event('submit'));
    const get = http.expectOne((r) => r.url === '/api/v1/mixes/search' && r.params.get('q') === 'ellington');
    get.flush([
      {
        mixId: 'm-1',
        mixTitle: 'Loopback Sessions 001',
        lines: [{ lineId: 'l-2', position: 2, start: 3727, artist: 'Duke Ellington', title: 'Take The A Train' }],
      },
    ]);
    await settle(fixture);
    expect(element.querySelector('section[aria-label="Search results"]')!.textContent).toContain(
      '2. Duke Ellington – Take The A Train',
    );
  });
});

describe('mixTime', () => {
  it.each([
    [{ start: 0, startPrecision: 'second' }, '0:00'],
    [{ start: 211, startPrecision: 'second' }, '3:31'],
    [{ start: 3727, startPrecision: 'second' }, '1:02:07'],
    [{ start: 840, startPrecision: 'minute' }, '14′'],
    [{ start: 6600, startPrecision: 'ten-minutes' }, '11?′'],
    [{ start: null, startPrecision: 'none' }, '—'],
  ] as const)('%j → %s', (line, text) => expect(mixTime(line)).toBe(text));
});
