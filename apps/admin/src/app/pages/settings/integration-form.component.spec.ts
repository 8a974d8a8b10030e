import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type IntegrationDto, IntegrationEvent, IntegrationKind } from '@app/contracts';

import { IntegrationFormComponent } from './integration-form.component';

const EXISTING: IntegrationDto = {
  id: 'i1',
  kind: IntegrationKind.Ntfy,
  name: 'Phone',
  enabled: true,
  settings: { url: 'https://ntfy.sh', topic: 'music', token: '********abcd' },
  events: [IntegrationEvent.Import],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('IntegrationFormComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  async function render(existing?: IntegrationDto) {
    const fixture = TestBed.createComponent(IntegrationFormComponent);
    if (existing) fixture.componentRef.setInput('existing', existing);
    const closed: (IntegrationDto | undefined)[] = [];
    fixture.componentInstance.closed.subscribe((i) => closed.push(i));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const submit = () => element.querySelector('form')!.dispatchEvent(new Event('submit'));
    return { fixture, element, closed, submit };
  }

  it('shows each of the server’s messages under its field', async () => {
    const { fixture, element, submit } = await render();
    submit();
    const req = http.expectOne('/api/v1/integrations');
    expect(req.request.body).toMatchObject({ kind: 'jellyfin', name: '', settings: {} });
    req.flush(
      {
        statusCode: 400,
        message: 'settings.url is required',
        errors: [
          { field: 'settings.url', message: 'settings.url is required' },
          { field: 'name', message: 'name must be 1 to 100 characters' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(element.querySelector('#integration-url-error')?.textContent).toBe('settings.url is required');
    expect(element.querySelector('#integration-name-error')?.textContent).toBe('name must be 1 to 100 characters');
    expect(element.querySelector('#integration-url')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('edits an integration: the kind’s fields, the masked secret sent back as it was', async () => {
    const { fixture, element, closed, submit } = await render(EXISTING);
    expect(element.querySelector<HTMLInputElement>('#integration-topic')!.value).toBe('music');
    expect(element.querySelector('#integration-apiKey')).toBeNull();
    submit();
    const req = http.expectOne('/api/v1/integrations/i1');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({
      kind: 'ntfy',
      name: 'Phone',
      enabled: true,
      settings: { url: 'https://ntfy.sh', topic: 'music', token: '********abcd' },
      events: ['import'],
    });
    req.flush({ ...EXISTING, name: 'Phone' });
    await fixture.whenStable();
    expect(closed.map((i) => i?.id)).toEqual(['i1']);
  });
});
