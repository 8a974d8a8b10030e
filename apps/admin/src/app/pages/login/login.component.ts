import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { AuthApiService } from '../../api/auth-api.service';
import { SessionService } from '../../auth/session.service';
import { ProblemComponent } from '../../ui/problem.component';
import { checkRequired } from '../../ui/required-fields';

/** Sign in with the admin's name and password. */
@Component({
  selector: 'adm-login',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ProblemComponent],
  template: `
    <form class="card auth-card" (ngSubmit)="submit()" aria-labelledby="login-title">
      <h1 id="login-title">Sign in to TrueTrack</h1>
      <adm-problem [problem]="problem()" />
      <div class="field">
        <label for="login-username">Username</label>
        <input id="login-username" name="username" autocomplete="username" required [(ngModel)]="username" />
      </div>
      <div class="field">
        <label for="login-password">Password</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          [(ngModel)]="password"
        />
      </div>
      <button class="btn primary" type="submit" [attr.aria-busy]="busy()">
        {{ busy() ? 'Signing in…' : 'Sign in' }}
      </button>
    </form>
  `,
})
export class LoginComponent {
  private readonly auth = inject(AuthApiService);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  /** Where to go back to, from the query string. */
  readonly returnUrl = input<string>();
  protected readonly username = signal('');
  protected readonly password = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const missing = checkRequired([
      { field: 'username', value: this.username(), label: 'Username', inputId: 'login-username' },
      { field: 'password', value: this.password(), label: 'Password', inputId: 'login-password' },
    ]);
    this.problem.set(missing);
    if (missing) return;
    this.busy.set(true);
    try {
      const { username } = await firstValueFrom(this.auth.login(this.username(), this.password()));
      this.session.signedIn(username);
      await this.router.navigateByUrl(safeReturn(this.returnUrl()));
    } catch (err) {
      const problem = toProblem(err);
      this.problem.set(problem.status === 401 ? { ...problem, message: 'Wrong username or password.' } : problem);
    } finally {
      this.busy.set(false);
    }
  }
}

/** Only paths inside the app: a crafted link must not send a person elsewhere after signing in. */
export function safeReturn(url: string | undefined): string {
  return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/login') ? url : '/';
}
