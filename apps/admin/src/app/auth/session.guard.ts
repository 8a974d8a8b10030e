import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';

import { SessionService } from './session.service';

/** Pages of the app proper: the first-run page until an admin exists, the sign-in page until signed in. */
export const requireSession: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  try {
    const session = await inject(SessionService).ensure();
    if (session.setupRequired) return router.createUrlTree(['/setup']);
    if (!session.authenticated) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    return true;
  } catch {
    // The server could not say; let the page load and show the server's error itself.
    return true;
  }
};

/** The sign-in and first-run pages step aside once they have nothing to do. */
export const requireSignedOut: CanActivateFn = async (route) => {
  const router = inject(Router);
  try {
    const session = await inject(SessionService).ensure();
    const wantsSetup = route.routeConfig?.path === 'setup';
    if (wantsSetup && !session.setupRequired) return router.createUrlTree([session.authenticated ? '/' : '/login']);
    if (!wantsSetup && session.setupRequired) return router.createUrlTree(['/setup']);
    if (!wantsSetup && session.authenticated) return router.createUrlTree(['/']);
    return true;
  } catch {
    return true;
  }
};
