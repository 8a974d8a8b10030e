import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ListenDto, ListenerDto, ListenRelayStatusDto, ListenSyncDto } from '@app/contracts';

import { ListeningComponent } from './listening.component';

const sam: ListenerDto = {
  id: 'l-1',
  name: 'Sam',
  isUser: true,
  timeZone: 'UTC',
  listenToken: 'token-1',
  listenBrainzConnected: false,
  relayListenBrainz: false,
  lastfmConnected: false,
  relayLastfm: false,
  createdAt: '2026-01-01T10:00:00.000Z',
};

const relay: ListenRelayStatusDto = {
  lastfm: { configured: true, apiKey: '********6789', sharedSecret: '********cdef' },
  queued: { listenbrainz: 0, lastfm: 2 },
};

const connection = (token: string) => ({
  listenToken: token,
  navidromeBaseUrl: 'http://truetrack:8000/listenbrainz/1/',
  jellyfinApiUrl: 'http://truetrack:8000/listenbrainz',
});

const listen = (overrides: Partial<ListenDto>): ListenDto => ({
  id: 'x',
  listenerId: 'l-1',
  listenedAt: '2026-01-01T10:00:00.000Z',
  artistName: 'Rick Astley',
  trackName: 'Never Gonna Give You Up',
  source: 'listenbrainz-api',
  trackId: null,
  mapping: { state: 'pending', recordingMbid: null, by: null },
  ...overrides,
});

describe('ListeningComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Lets the component's awaited requests resolve, then renders. */
  async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) {
    for (let i = 0; i < 3; i++) {
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
    }
    fixture.detectChanges();
  }

  async function open(syncs: ListenSyncDto[] = [], listens: ListenDto[] = [], listener: ListenerDto = sam) {
    const fixture = TestBed.createComponent(ListeningComponent);
    http.expectOne('/api/v1/listeners').flush([listener]);
    await settle(fixture);
    http.expectOne('/api/v1/listeners/l-1/connection').flush(connection('token-1'));
    http.expectOne((r) => r.url === '/api/v1/listens/recent' && r.params.get('listenerId') === 'l-1').flush(listens);
    http.expectOne((r) => r.url === '/api/v1/listens/sync').flush(syncs);
    http.expectOne((r) => r.url === '/api/v1/listens/relay' && r.params.get('listenerId') === 'l-1').flush(relay);
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const text = (element: HTMLElement, selector: string) => element.querySelector(selector)?.textContent?.trim();

  it('shows the token and the exact URLs to paste into Navidrome and Jellyfin', async () => {
    const { element } = await open();
    expect(text(element, '[data-testid=listen-token]')).toBe('token-1');
    expect(text(element, '[data-testid=navidrome-url]')).toBe('http://truetrack:8000/listenbrainz/1/');
    expect(text(element, '[data-testid=jellyfin-url]')).toBe('http://truetrack:8000/listenbrainz');
  });

  it('shows recent listens with their mapped status', async () => {
    const { element } = await open(
      [],
      [
        listen({
          id: 'a',
          mapping: { state: 'mapped', recordingMbid: '98255a8c-017a-4bc7-8dd6-1fa36124572b', by: 'resolver' },
        }),
        listen({ id: 'b', trackName: 'Other', mapping: { state: 'unmapped', recordingMbid: null, by: 'none' } }),
        listen({
          id: 'c',
          trackId: 't-1',
          mapping: { state: 'mapped', recordingMbid: '98255a8c-017a-4bc7-8dd6-1fa36124572b', by: 'submitted' },
        }),
        listen({ id: 'd' }),
      ],
    );
    const rows = [...element.querySelectorAll('[aria-labelledby=recent-title] tbody tr')].map((r) => r.textContent);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('MusicBrainz id');
    expect(rows[1]).toContain('unmapped');
    expect(rows[2]).toContain('in library');
    expect(rows[3]).toContain('mapping…');
  });

  it('shows a cover through the server: the library track’s, else the release’s, else a placeholder', async () => {
    const { element } = await open(
      [],
      [
        listen({ id: 'lib', trackId: 't-1', releaseMbid: 'c771f7fc-9e62-4349-a2e3-ceaf7122bf5b' }),
        listen({ id: 'rel', releaseMbid: 'c771f7fc-9e62-4349-a2e3-ceaf7122bf5b' }),
        listen({ id: 'none' }),
      ],
    );
    const cells = [...element.querySelectorAll('[aria-labelledby=recent-title] tbody td.cover-cell')];
    expect(cells.map((cell) => cell.querySelector('img')?.getAttribute('src') ?? null)).toEqual([
      '/api/v1/library/tracks/t-1/cover',
      '/api/v1/listens/rel/cover',
      null,
    ]);
    expect(cells[2]!.querySelector('.placeholder')).not.toBeNull();
  });

  it('connects Last.fm: asks for the authorisation link, then stores the session once allowed', async () => {
    const { fixture, element } = await open();
    const section = () => element.querySelector('[data-testid=lastfm-connection]')!;
    expect(section().textContent).toContain('********cdef');
    expect(section().textContent).toContain('2 to Last.fm');
    [...section().querySelectorAll('button')].find((b) => b.textContent?.includes('Connect Last.fm'))!.click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/listeners/l-1/lastfm/connect' })
      .flush({ authorizeUrl: 'https://www.last.fm/api/auth/?api_key=k&token=t' });
    await settle(fixture);
    expect(section().querySelector('[data-testid=lastfm-authorize]')!.getAttribute('href')).toBe(
      'https://www.last.fm/api/auth/?api_key=k&token=t',
    );
    [...section().querySelectorAll('button')].find((b) => b.textContent?.includes('I allowed it'))!.click();
    http
      .expectOne({ method: 'POST', url: '/api/v1/listeners/l-1/lastfm/session' })
      .flush({ ...sam, lastfmConnected: true, relayLastfm: true, lastfmUsername: 'samfm' });
    await settle(fixture);
    expect(text(element, '[role=status]')).toBe('Last.fm connected as samfm: listens are scrobbled there.');
    expect(section().textContent).toContain('connected');
  });

  it('says when Last.fm refused the connection', async () => {
    const { element } = await open([], [], {
      ...sam,
      lastfmConnected: true,
      relayLastfm: true,
      lastfmBroken: 'Last.fm error 9: Invalid session key - Please re-authenticate',
    });
    expect(text(element, '[data-testid=lastfm-connection] [role=alert]')).toContain('Invalid session key');
  });

  it('asks for a name on submit instead of sending an empty one', async () => {
    const { fixture, element } = await open();
    element.querySelector('[aria-labelledby=listeners-title] form')!.dispatchEvent(new Event('submit'));
    await settle(fixture);
    http.expectNone({ method: 'POST', url: '/api/v1/listeners' });
    expect(element.textContent).toContain('Type a name first.');
  });

  it('shows each source’s sync state, an error as it came', async () => {
    const { element } = await open([
      {
        listenerId: 'l-1',
        source: 'listenbrainz',
        walking: false,
        running: false,
        listensRead: 10,
        syncedTo: '2026-01-01T10:00:00.000Z',
      },
      {
        listenerId: 'l-1',
        source: 'lastfm',
        walking: true,
        running: false,
        listensRead: 0,
        lastError: 'Last.fm error 17: private',
      },
    ]);
    const rows = [...element.querySelectorAll('table.syncs tbody tr')].map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('ListenBrainz');
    expect(rows[0]).toContain('up to date');
    expect(rows[1]).toContain('Last.fm error 17: private');
  });

  it('makes a new token and shows it', async () => {
    const { fixture, element } = await open();
    element.querySelector<HTMLButtonElement>('[aria-labelledby=connect-title] button')!.click();
    http.expectOne({ method: 'POST', url: '/api/v1/listeners/l-1/token' }).flush({ ...sam, listenToken: 'token-2' });
    await settle(fixture);
    http.expectOne('/api/v1/listeners/l-1/connection').flush(connection('token-2'));
    await settle(fixture);
    expect(text(element, '[data-testid=listen-token]')).toBe('token-2');
  });

  it('connects ListenBrainz and Last.fm accounts, sending the token only when typed', async () => {
    const { fixture, element } = await open();
    const type = (selector: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('#listenbrainz-username', 'sam');
    type('#lastfm-username', 'samfm');
    element.querySelector<HTMLInputElement>('#relay-listenbrainz')!.click();
    await fixture.whenStable();
    element.querySelector('[aria-labelledby=accounts-title] form')!.dispatchEvent(new Event('submit'));
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/listeners/l-1' });
    expect(request.request.body).toEqual({
      listenBrainzUsername: 'sam',
      lastfmUsername: 'samfm',
      relayListenBrainz: true,
      relayLastfm: false,
    });
    request.flush({ ...sam, listenBrainzUsername: 'sam', lastfmUsername: 'samfm' });
    await settle(fixture);
    expect(text(element, '[role=status]')).toBe('Accounts saved.');
  });

  it('sends a history file as it is and says what it read', async () => {
    const { fixture, element } = await open();
    const input = element.querySelector<HTMLInputElement>('#history-file')!;
    const file = new File(['[]'], 'Streaming_History_Audio_2024.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    const request = http.expectOne({ method: 'POST', url: '/api/v1/listeners/l-1/import-file' });
    expect(request.request.body).toBe(file);
    request.flush({ format: 'spotify-extended-history', listens: 12, skipped: 3 });
    await settle(fixture);
    http.expectOne((r) => r.url === '/api/v1/listens/recent').flush([]);
    await settle(fixture);
    expect(text(element, '[role=status]')).toBe('Spotify history: 12 listens read, 3 entries left out.');
  });
});
