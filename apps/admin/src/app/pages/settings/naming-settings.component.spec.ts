import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { NamingSettingsDto } from '@app/contracts';

import { NamingSettingsComponent, templateErrors } from './naming-settings.component';

const SETTINGS: NamingSettingsDto = {
  templates: { album: '{Album Artist}/{Album Title}/{track:00} - {Track Title}', single: 's', compilation: 'c' },
  source: 'config',
  tokens: [{ token: '{Track Title}', description: 'The title' }],
};

describe('templateErrors', () => {
  it('places save and preview errors under their template', () => {
    expect(
      templateErrors({ status: 400, message: 'x', fields: { 'templates.single': 'bad single', album: 'bad album' } }),
    ).toEqual({ single: 'bad single', album: 'bad album' });
  });
});

describe('NamingSettingsComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    vi.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => vi.useRealTimers());

  async function render() {
    const fixture = TestBed.createComponent(NamingSettingsComponent);
    http.expectOne('/api/v1/library/naming').flush(SETTINGS);
    await vi.advanceTimersByTimeAsync(0);
    http.expectOne('/api/v1/library/naming/preview').flush({
      templates: SETTINGS.templates,
      samples: [{ name: 'Album track', kind: 'album', path: 'Linkin Park/Meteora/13 - Numb.flac' }],
    });
    await vi.advanceTimersByTimeAsync(0);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const album = element.querySelector<HTMLInputElement>('#naming-album')!;
    return { fixture, element, album };
  }

  const edit = async (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(300);
  };

  it('previews an edited template after a pause in typing', async () => {
    const { fixture, element, album } = await render();
    expect(element.querySelector('[data-testid=naming-sample-path]')?.textContent).toBe(
      'Linkin Park/Meteora/13 - Numb.flac',
    );
    await edit(album, 'Music/{Track Title}');
    const req = http.expectOne('/api/v1/library/naming/preview');
    expect(req.request.body.templates.album).toBe('Music/{Track Title}');
    req.flush({
      templates: SETTINGS.templates,
      samples: [{ name: 'Album track', kind: 'album', path: 'Music/Numb.flac' }],
    });
    await vi.advanceTimersByTimeAsync(0);
    fixture.detectChanges();
    expect(element.querySelector('[data-testid=naming-sample-path]')?.textContent).toBe('Music/Numb.flac');
  });

  it('shows the server’s message under the field it names', async () => {
    const { fixture, element, album } = await render();
    await edit(album, '{Titel}');
    const message = 'templates.album has an unknown token {Titel}; did you mean {Track Title}?';
    http
      .expectOne('/api/v1/library/naming/preview')
      .flush(
        { statusCode: 400, message, errors: [{ field: 'templates.album', message }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await vi.advanceTimersByTimeAsync(0);
    fixture.detectChanges();
    expect(element.querySelector('#naming-album-error')?.textContent).toBe(message);
    expect(album.getAttribute('aria-invalid')).toBe('true');
  });

  it('saves the templates', async () => {
    const { fixture, element } = await render();
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne((r) => r.method === 'PUT');
    expect(req.request.body).toEqual(SETTINGS.templates);
    req.flush({ ...SETTINGS, source: 'settings' });
    await vi.advanceTimersByTimeAsync(0);
    fixture.detectChanges();
    expect(element.querySelector('[role=status]')?.textContent).toContain('Saved.');
  });
});
