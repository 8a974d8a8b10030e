import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { SetupComponent } from './setup.component';

describe('SetupComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function submit(values: Record<string, string>) {
    const fixture = TestBed.createComponent(SetupComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    document.body.appendChild(element);
    for (const [selector, value] of Object.entries(values)) {
      const input = element.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    return { fixture, element };
  }

  it('marks the setup token wrong and puts the cursor in it when the server refuses the token', async () => {
    const { fixture, element } = await submit({
      '#setup-token': 'not-the-token',
      '#setup-username': 'admin',
      '#setup-password': 'a long enough password',
      '#setup-confirm': 'a long enough password',
    });
    const message = 'The setup token is wrong; it is in the file setup-token in the data folder';
    const req = http.expectOne('/api/v1/auth/setup');
    expect(req.request.body).toMatchObject({ setupToken: 'not-the-token', username: 'admin' });
    req.flush({ statusCode: 403, message, errors: [] }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    const token = element.querySelector<HTMLInputElement>('#setup-token')!;
    expect(token.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('#setup-token-error')?.textContent).toContain(message);
    expect(document.activeElement).toBe(token);
    element.remove();
  });

  it('leaves the token field alone when something else is wrong', async () => {
    const { fixture, element } = await submit({
      '#setup-token': 'the-token',
      '#setup-username': 'admin',
      '#setup-password': 'short',
      '#setup-confirm': 'short',
    });
    http.expectOne('/api/v1/auth/setup').flush(
      {
        statusCode: 400,
        message: 'password is too short',
        errors: [{ field: 'password', message: 'password is too short' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(element.querySelector('#setup-token')?.getAttribute('aria-invalid')).toBe('false');
    expect(element.querySelector('#setup-password')?.getAttribute('aria-invalid')).toBe('true');
    element.remove();
  });
});
