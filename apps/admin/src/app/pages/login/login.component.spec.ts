import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';

import { SessionService } from '../../auth/session.service';
import { LoginComponent, safeReturn } from './login.component';

describe('safeReturn', () => {
  it.each([
    ['/queue?x=1', '/queue?x=1'],
    [undefined, '/'],
    ['//evil.example', '/'],
    ['https://evil.example', '/'],
    ['/login', '/'],
  ])('%s → %s', (url, expected) => expect(safeReturn(url)).toBe(expected));
});

describe('LoginComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function submit(username: string, password: string) {
    const fixture = TestBed.createComponent(LoginComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const type = (selector: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('#login-username', username);
    type('#login-password', password);
    await fixture.whenStable();
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    return { fixture, element };
  }

  it('signs in and goes back where the person was', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const { fixture } = await submit('admin', 'secret-password');
    fixture.componentRef.setInput('returnUrl', '/library');
    const req = http.expectOne('/api/v1/auth/login');
    expect(req.request.body).toEqual({ username: 'admin', password: 'secret-password' });
    req.flush({ username: 'admin' });
    await fixture.whenStable();
    expect(TestBed.inject(SessionService).session()).toMatchObject({
      authenticated: true,
      user: { username: 'admin' },
    });
    expect(navigate).toHaveBeenCalledWith('/library');
  });

  it('says so when the password is wrong', async () => {
    const { fixture, element } = await submit('admin', 'nope');
    http.expectOne('/api/v1/auth/login').flush(null, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Wrong username or password.');
  });

  it('names an empty password instead of sending the form', async () => {
    const { fixture, element } = await submit('admin', '');
    await fixture.whenStable();
    http.expectNone('/api/v1/auth/login');
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Type password first.');
  });
});
