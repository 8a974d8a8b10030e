import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { JobStreamEvent } from '@app/contracts';

import { JobEventsService } from '../../live/job-events.service';
import { fakeJobEvents, makeJob } from '../../testing';
import { RequestsComponent } from './requests.component';

describe('RequestsComponent', () => {
  let http: HttpTestingController;
  let events: ReturnType<typeof fakeJobEvents>;

  beforeEach(() => {
    events = fakeJobEvents();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: JobEventsService, useValue: events },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render() {
    const fixture = TestBed.createComponent(RequestsComponent);
    const recent = http.expectOne((r) => r.url === '/api/v1/jobs' && r.method === 'GET');
    expect(recent.request.params.get('parentId')).toBe('none');
    recent.flush({ page: 1, pageSize: 20, totalRecords: 0, records: [] });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const set = (selector: string, value: string | boolean, event = 'input') => {
      const control = element.querySelector<HTMLInputElement>(selector)!;
      if (typeof value === 'boolean') control.checked = value;
      else control.value = value;
      control.dispatchEvent(new Event(event));
    };
    return { fixture, element, set };
  }

  it('sends the query with the chosen options and lists the new request', async () => {
    const { fixture, element, set } = await render();
    set('#request-query', '  Nova Tide - Paper Lanterns ');
    set('input[name=ask]', true, 'change');
    set('#request-format', 'flac', 'change');
    await fixture.whenStable();
    element.querySelector<HTMLFormElement>('form.ask')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne((r) => r.method === 'POST');
    expect(req.request.body).toEqual({ query: 'Nova Tide - Paper Lanterns', options: { ask: true, format: 'flac' } });
    req.flush(makeJob({ id: 'new', query: 'Nova Tide - Paper Lanterns' }));
    await fixture.whenStable();
    expect(element.querySelector('[role=status]')?.textContent).toContain('Requested “Nova Tide - Paper Lanterns”');
    expect(element.querySelector('.recent')?.textContent).toContain('Nova Tide - Paper Lanterns');
    expect(element.querySelector<HTMLInputElement>('#request-query')!.value).toBe('');
  });

  it('sends what was typed when Enter comes before the page has re-rendered', async () => {
    const { element, set } = await render();
    set('#request-query', 'lanterns');
    // No change detection in between: the button is as the empty box rendered it, and must still submit.
    element.querySelector<HTMLButtonElement>('form.ask button[type=submit]')!.click();
    const req = http.expectOne((r) => r.method === 'POST');
    expect(req.request.body).toEqual({ query: 'lanterns' });
  });

  it('says what is missing instead of sending an empty request', async () => {
    const { fixture, element } = await render();
    element.querySelector<HTMLButtonElement>('form.ask button[type=submit]')!.click();
    await fixture.whenStable();
    http.expectNone((r) => r.method === 'POST');
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Type a song, an album or a link first.');
    expect(document.activeElement?.id).toBe('request-query');
    expect(element.querySelector('#request-query')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows why the server refused a request', async () => {
    const { fixture, element, set } = await render();
    set('#request-query', 'x');
    await fixture.whenStable();
    element.querySelector<HTMLFormElement>('form.ask')!.dispatchEvent(new Event('submit'));
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        { statusCode: 422, message: 'query is too vague to search' },
        { status: 422, statusText: 'Unprocessable' },
      );
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('query is too vague to search');
  });

  it('sends pasted lines as a list and tells which lines were left out', async () => {
    const { fixture, element, set } = await render();
    set('#bulk-text', 'A - One\nB - Two\n???');
    await fixture.whenStable();
    element.querySelector<HTMLFormElement>('.bulk form')!.dispatchEvent(new Event('submit'));
    const req = http.expectOne('/api/v1/lists');
    expect(req.request.body).toEqual({ text: 'A - One\nB - Two\n???' });
    req.flush({
      job: makeJob({ id: 'list' }),
      format: 'lines',
      childIds: ['c1', 'c2'],
      skipped: [{ line: 3, reason: 'no title' }],
    });
    await fixture.whenStable();
    expect(element.querySelector('.bulk [role=status]')?.textContent).toContain('Requested 2 tracks');
    expect(element.querySelector('.bulk [role=status]')?.textContent).toContain('Line 3: no title');
  });

  it('keeps recent requests live and leaves track jobs of a list out', async () => {
    const { fixture, element } = await render();
    events.messages.next({ type: JobStreamEvent.Created, job: makeJob({ id: 'top', query: 'Top request' }) });
    events.messages.next({
      type: JobStreamEvent.Created,
      job: makeJob({ id: 'child', query: 'Child', parentId: 'top' }),
    });
    await fixture.whenStable();
    const text = element.querySelector('.recent')?.textContent ?? '';
    expect(text).toContain('Top request');
    expect(text).not.toContain('Child');
  });
});
