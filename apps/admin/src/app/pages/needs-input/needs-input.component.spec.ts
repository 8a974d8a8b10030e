import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type CandidateDto, CandidateStage, JobKind, JobState, JobStatus } from '@app/contracts';

import { JobEventsService } from '../../live/job-events.service';
import { fakeJobEvents, makeJob } from '../../testing';
import { NeedsInputComponent } from './needs-input.component';

const card = (id: string, title: string, index: number): CandidateDto => ({
  id,
  index,
  stage: CandidateStage.Intent,
  provider: 'musicbrainz',
  score: 0.6,
  scoreParts: {},
  reasons: [],
  payload: { title, artists: ['Someone'] },
});

const waiting = (id: string, createdAt: string) =>
  makeJob({ id, query: `q ${id}`, status: JobStatus.Waiting, state: JobState.UserIntentSelection, createdAt });

describe('NeedsInputComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: JobEventsService, useValue: fakeJobEvents() },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render() {
    const fixture = TestBed.createComponent(NeedsInputComponent);
    http
      .expectOne((r) => r.url === '/api/v1/jobs' && r.params.get('status') === 'waiting')
      .flush({
        page: 1,
        pageSize: 50,
        totalRecords: 2,
        records: [waiting('new', '2026-01-02'), waiting('old', '2026-01-01')],
      });
    await Promise.resolve();
    http
      .expectOne('/api/v1/jobs/old')
      .flush({ ...waiting('old', '2026-01-01'), candidates: [card('a', 'First', 0), card('b', 'Second', 1)] });
    http.expectOne('/api/v1/jobs/new').flush({ ...waiting('new', '2026-01-02'), candidates: [card('c', 'Third', 0)] });
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('lists waiting jobs oldest first with their candidates as cards', async () => {
    const { element } = await render();
    const headings = [...element.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    expect(headings).toEqual(['“q old”', '“q new”']);
    expect(element.querySelector('#candidate-0-1')?.textContent).toContain('Second');
  });

  it('moves between cards and jobs with the arrow keys', async () => {
    const { element } = await render();
    const first = element.querySelector<HTMLElement>('#candidate-0-0')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement?.id).toBe('candidate-0-1');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement?.id).toBe('candidate-1-0');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement?.id).toBe('candidate-1-0');
  });

  it('sends the chosen candidate and takes the job off the page', async () => {
    const { fixture, element } = await render();
    element.querySelector<HTMLButtonElement>('#candidate-0-1')!.click();
    const req = http.expectOne('/api/v1/jobs/old/input');
    expect(req.request.body).toEqual({ choice: 'b' });
    req.flush(makeJob({ id: 'old', state: JobState.Searching }));
    await fixture.whenStable();
    expect(element.querySelectorAll('section')).toHaveLength(1);
  });

  it('shows the server’s reason when a choice is refused, keeping the job', async () => {
    const { fixture, element } = await render();
    element.querySelector<HTMLButtonElement>('#candidate-0-0')!.click();
    http
      .expectOne('/api/v1/jobs/old/input')
      .flush({ statusCode: 409, message: 'Job old is not waiting for input' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Job old is not waiting for input');
    expect(element.querySelectorAll('section')).toHaveLength(2);
  });

  it('searches again with an edited query: the job is cancelled and a new one requested', async () => {
    const { fixture, element } = await render();
    [...element.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.includes('None of these'))!
      .click();
    await fixture.whenStable();
    const input = element.querySelector<HTMLInputElement>('#retype-0')!;
    expect(input.value).toBe('q old');
    input.value = 'Elsa Marrow - Lanterns on the Water';
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLFormElement>('form.retype')!.dispatchEvent(new Event('submit'));
    http.expectOne('/api/v1/jobs/old/cancel').flush(makeJob({ id: 'old', status: JobStatus.Cancelled }));
    await fixture.whenStable();
    const create = http.expectOne((r) => r.url === '/api/v1/jobs' && r.method === 'POST');
    expect(create.request.body).toEqual({
      query: 'Elsa Marrow - Lanterns on the Water',
      kind: JobKind.Track,
      options: {},
    });
    create.flush(makeJob({ id: 'fresh' }));
    // The page awaits the cancel and the new request in turn before it updates.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(element.querySelectorAll('section')).toHaveLength(1);
  });

  it('says so when nothing waits', async () => {
    const fixture = TestBed.createComponent(NeedsInputComponent);
    http.expectOne((r) => r.url === '/api/v1/jobs').flush({ page: 1, pageSize: 50, totalRecords: 0, records: [] });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Nothing is waiting for you.');
  });
});
