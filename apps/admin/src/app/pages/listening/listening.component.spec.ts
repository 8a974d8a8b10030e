import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ListenDto, ListenerDto, ListenSyncDto } from '@app/contracts';

import { ListeningComponent } from './listening.component';

const sam: ListenerDto = {
  id: 'l-1',
  name: 'Sam',
  isUser: true,
  timeZone: 'UTC',
  listenToken: 'token-1',
  listenBrainzConnected: false,
  relayListenBrainz: false,
  createdAt: '2026-01-01T10:00:00.000Z',
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

  async function open(syncs: ListenSyncDto[] = [], listens: ListenDto[] = []) {
    const fixture = TestBed.createComponent(ListeningComponent);
    http.expectOne('/api/v1/listeners').flush([sam]);
    await settle(fixture);
    http.expectOne('/api/v1/listeners/l-1/connection').flush(connection('token-1'));
    http.expectOne((r) => r.url === '/api/v1/listens/recent' && r.params.get('listenerId') === 'l-1').flush(listens);
    http.expectOne((r) => r.url === '/api/v1/listens/sync').flush(syncs);
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
