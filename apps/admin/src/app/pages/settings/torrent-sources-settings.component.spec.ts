import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import type { TorrentClient, TorrentIndexer } from '../../api/torrents-api.service';
import { TorrentSourcesSettingsComponent } from './torrent-sources-settings.component';

const INDEXER: TorrentIndexer = {
  id: 'i1',
  name: 'Jackett',
  url: 'http://jackett:9117/api/v2.0/indexers/all/results/torznab/',
  apiKey: '********6789',
  categories: [3000, 3040],
  priority: 25,
  enabled: true,
};

const CLIENT: TorrentClient = {
  id: 'c1',
  kind: 'qbittorrent',
  url: 'http://qbittorrent:8080',
  username: 'admin',
  password: '********',
  category: 'truetrack',
  seedRatio: 2,
  seedMinutes: null,
  enabled: true,
};

describe('TorrentSourcesSettingsComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  async function render(indexers: TorrentIndexer[] = [INDEXER], clients: TorrentClient[] = [CLIENT]) {
    const fixture = TestBed.createComponent(TorrentSourcesSettingsComponent);
    http.expectOne('/api/v1/torrents/indexers').flush(indexers);
    http.expectOne('/api/v1/torrents/clients').flush(clients);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = (text: string, index = 0) =>
      [...element.querySelectorAll('button')].filter((b) => b.textContent?.trim() === text)[index]!;
    const submit = () => element.querySelector('form')!.dispatchEvent(new Event('submit'));
    const type = (id: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    return { fixture, element, button, submit, type };
  }

  it('lists indexers and clients under the responsibility sentence', async () => {
    const { element } = await render();
    expect(element.textContent).toContain('What is downloaded is your responsibility');
    expect(element.querySelector('[aria-label="Indexers"]')?.textContent).toContain('Jackett');
    expect(element.querySelector('[aria-label="Download clients"]')?.textContent).toContain('qBittorrent');
  });

  it('checks the required fields on submit, sending nothing, with the Save button never disabled', async () => {
    const { fixture, element, button, submit } = await render([], []);
    button('Add an indexer').click();
    await fixture.whenStable();
    const save = button('Save');
    expect(save.disabled).toBe(false);
    submit();
    await fixture.whenStable();
    http.expectNone('/api/v1/torrents/indexers');
    expect(element.textContent).toContain('Type name, torznab url and api key first.');
    expect(element.querySelector('#torrent-url')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('adds an indexer with its categories as numbers and shows the server’s message under the field', async () => {
    const { fixture, element, button, submit, type } = await render([], []);
    button('Add an indexer').click();
    await fixture.whenStable();
    type('torrent-name', 'Prowlarr');
    type('torrent-url', 'http://prowlarr:9696/1/');
    type('torrent-apiKey', 'k3y');
    type('torrent-categories', '3000, 3040');
    await fixture.whenStable();
    submit();
    const req = http.expectOne('/api/v1/torrents/indexers');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      enabled: true,
      name: 'Prowlarr',
      url: 'http://prowlarr:9696/1/',
      apiKey: 'k3y',
      categories: [3000, 3040],
      priority: null,
    });
    req.flush(
      {
        statusCode: 400,
        message: 'priority must be a whole number',
        errors: [{ field: 'url', message: 'url is bad' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(element.querySelector('#torrent-url-error')?.textContent).toBe('url is bad');
  });

  it('edits a client sending the masked password back as it was, and tests it', async () => {
    const { fixture, element, button, submit } = await render();
    button('Edit', 1).click();
    await fixture.whenStable();
    submit();
    const req = http.expectOne('/api/v1/torrents/clients/c1');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toMatchObject({
      kind: 'qbittorrent',
      url: 'http://qbittorrent:8080',
      password: '********',
      seedRatio: 2,
      seedMinutes: null,
    });
    req.flush(CLIENT);
    await fixture.whenStable();
    http.expectOne('/api/v1/torrents/indexers').flush([INDEXER]);
    http.expectOne('/api/v1/torrents/clients').flush([CLIENT]);
    await fixture.whenStable();
    button('Test', 1).click();
    http.expectOne('/api/v1/torrents/clients/c1/test').flush({ ok: true, message: 'qBittorrent 4.5.2 answers' });
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('qBittorrent 4.5.2 answers');
  });
});
