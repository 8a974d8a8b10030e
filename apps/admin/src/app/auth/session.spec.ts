import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, UrlTree, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { authInterceptor } from './auth.interceptor';
import { requireSession } from './session.guard';
import { SessionService } from './session.service';

describe('session, guard and interceptor', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const guard = () =>
    TestBed.runInInjectionContext(() => requireSession({} as never, { url: '/queue' } as never)) as Promise<
      boolean | UrlTree
    >;
  const answerStatus = (body: object | null, status = 200) =>
    http.expectOne('/api/v1/auth/status').flush(body, { status, statusText: String(status) });
  const path = (tree: boolean | UrlTree) => TestBed.inject(Router).serializeUrl(tree as UrlTree);

  it('sends a first visit to the first-run page', async () => {
    const result = guard();
    answerStatus({ setupRequired: true, authenticated: false });
    expect(path(await result)).toBe('/setup');
  });

  it('sends a signed-out person to sign in, remembering the page', async () => {
    const result = guard();
    answerStatus({ setupRequired: false, authenticated: false });
    expect(path(await result)).toBe('/login?returnUrl=%2Fqueue');
  });

  it('lets a signed-in person through and asks the server only once', async () => {
    const first = guard();
    answerStatus({ setupRequired: false, authenticated: true, user: { username: 'admin' } });
    expect(await first).toBe(true);
    expect(await guard()).toBe(true);
  });

  it('treats a server without sign-in as open', async () => {
    const result = guard();
    answerStatus(null, 404);
    expect(await result).toBe(true);
    expect(TestBed.inject(SessionService).session()).toMatchObject({ authenticated: true, authAvailable: false });
  });

  it('ends the session and shows the sign-in page on any 401, passing the error on', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    TestBed.inject(SessionService).signedIn('admin');
    const call = firstValueFrom(TestBed.inject(HttpClient).get('/api/v1/jobs'));
    http.expectOne('/api/v1/jobs').flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(call).rejects.toMatchObject({ status: 401 });
    expect(TestBed.inject(SessionService).session()?.authenticated).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/' } });
  });

  it('leaves a wrong password on the sign-in page to the page', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate');
    const call = firstValueFrom(TestBed.inject(HttpClient).post('/api/v1/auth/login', {}));
    http.expectOne('/api/v1/auth/login').flush(null, { status: 401, statusText: 'Unauthorized' });
    await expect(call).rejects.toMatchObject({ status: 401 });
    expect(navigate).not.toHaveBeenCalled();
  });
});
