import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { AuthApiService } from '../../api/auth-api.service';
import { SessionService } from '../../auth/session.service';
import { ProblemComponent } from '../../ui/problem.component';
import { checkRequired } from '../../ui/required-fields';

/** First run: create the admin. The library folder comes from the server's configuration. */
@Component({
  selector: 'adm-setup',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ProblemComponent],
  template: `
    <form class="card auth-card" (ngSubmit)="submit()" aria-labelledby="setup-title">
      <h1 id="setup-title">Welcome to TrueTrack</h1>
      <p class="muted">Create the admin account. You will use it to sign in to this page.</p>
      <adm-problem [problem]="problem()" />
      <div class="field">
        <label for="setup-token">Setup token</label>
        <input
          id="setup-token"
          name="setupToken"
          autocomplete="off"
          spellcheck="false"
          required
          [(ngModel)]="setupToken"
          [attr.aria-invalid]="!!fieldError('setupToken')"
          aria-describedby="setup-token-hint setup-token-error"
        />
        <span class="small muted" id="setup-token-hint">
          Proves you run this server: it is printed in the server log at first start and kept in the file
          <code>setup-token</code> in the data folder (<code>truetrack setup-token</code> shows it).
        </span>
        <span class="error" id="setup-token-error">{{ fieldError('setupToken') }}</span>
      </div>
      <div class="field">
        <label for="setup-username">Admin username</label>
        <input
          id="setup-username"
          name="username"
          autocomplete="username"
          required
          [(ngModel)]="username"
          [attr.aria-invalid]="!!fieldError('username')"
          aria-describedby="setup-username-error"
        />
        <span class="error" id="setup-username-error">{{ fieldError('username') }}</span>
      </div>
      <div class="field">
        <label for="setup-password">Password</label>
        <input
          id="setup-password"
          name="password"
          type="password"
          autocomplete="new-password"
          required
          [(ngModel)]="password"
          [attr.aria-invalid]="!!fieldError('password')"
          aria-describedby="setup-password-error"
        />
        <span class="error" id="setup-password-error">{{ fieldError('password') }}</span>
      </div>
      <div class="field">
        <label for="setup-confirm">Repeat the password</label>
        <input
          id="setup-confirm"
          name="confirm"
          type="password"
          autocomplete="new-password"
          required
          [(ngModel)]="confirm"
          [attr.aria-invalid]="mismatch()"
          aria-describedby="setup-confirm-error"
        />
        <span class="error" id="setup-confirm-error">{{ mismatch() ? 'The passwords differ.' : '' }}</span>
      </div>
      <p class="notice small">
        Finished tracks go to the library folder set by <code>MUSIC_LIBRARY_ROOT</code> in the server's configuration;
        change it there and restart to use another folder.
      </p>
      <button class="btn primary" type="submit" [attr.aria-busy]="busy()">
        {{ busy() ? 'Creating…' : 'Create admin' }}
      </button>
    </form>
  `,
})
export class SetupComponent {
  private readonly auth = inject(AuthApiService);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  protected readonly setupToken = signal('');
  protected readonly username = signal('admin');
  protected readonly password = signal('');
  protected readonly confirm = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly mismatch = computed(() => this.confirm() !== '' && this.confirm() !== this.password());

  protected fieldError(field: string): string {
    return this.problem()?.fields[field] ?? '';
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const missing = checkRequired([
      { field: 'username', value: this.username(), label: 'Admin username', inputId: 'setup-username' },
      { field: 'password', value: this.password(), label: 'Password', inputId: 'setup-password' },
    ]);
    if (missing || this.confirm() !== this.password()) {
      this.problem.set(
        missing ?? { status: 400, message: 'The passwords differ: type the same one twice.', fields: {} },
      );
      if (!missing) document.getElementById('setup-confirm')?.focus();
      return;
    }
    this.busy.set(true);
    this.problem.set(undefined);
    try {
      const { username } = await firstValueFrom(
        this.auth.setup({
          username: this.username(),
          password: this.password(),
          setupToken: this.setupToken().trim(),
        }),
      );
      this.session.signedIn(username);
      await this.router.navigateByUrl('/');
    } catch (err) {
      const problem = toProblem(err);
      // 403 is the server refusing the setup token: the token field is what is wrong, and where to type again.
      if (problem.status === 403) {
        this.problem.set({ ...problem, fields: { ...problem.fields, setupToken: problem.message } });
        document.getElementById('setup-token')?.focus();
      } else {
        this.problem.set(problem);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
