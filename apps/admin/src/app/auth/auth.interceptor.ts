import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { SessionService } from './session.service';

/** Requests whose 401 means "wrong password", not "session over". */
const AUTH_ROUTES = /\/api\/v1\/auth\/(login|setup|status)$/;

/** Any 401 from the API ends the session in the UI and shows the sign-in page, coming back here after. */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(SessionService);
  const router = inject(Router);
  return next(req).pipe(
    catchError((err: unknown) => {
      if (err instanceof HttpErrorResponse && err.status === 401 && !AUTH_ROUTES.test(req.url)) {
        session.signedOut();
        const here = router.url;
        if (!here.startsWith('/login')) void router.navigate(['/login'], { queryParams: { returnUrl: here } });
      }
      return throwError(() => err);
    }),
  );
};
