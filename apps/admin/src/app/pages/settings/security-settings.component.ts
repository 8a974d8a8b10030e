import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { AuthenticationRequired, UserDto } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, isNotAvailable, toProblem } from '../../api/api-problem';
import { AuthApiService } from '../../api/auth-api.service';
import { ProblemComponent } from '../../ui/problem.component';
import { checkRequired } from '../../ui/required-fields';

/** API key, who may sign in, and when signing in is required. */
@Component({
  selector: 'adm-security-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, DatePipe, ProblemComponent],
  templateUrl: './security-settings.component.html',
  styles: `
    .users {
      list-style: none;
      padding: 0;
      margin: 0 0 12px;
    }
    .users li {
      padding: 6px 0;
      border-bottom: 1px solid var(--adm-border);
    }
    .add-user {
      align-items: flex-start;
    }
    .add-user .btn {
      margin-top: 22px;
    }
  `,
})
export class SecuritySettingsComponent {
  private readonly api = inject(AuthApiService);
  protected readonly unavailable = signal(false);
  protected readonly apiKey = signal<string | undefined>(undefined);
  protected readonly keyFixed = signal(false);
  protected readonly showKey = signal(false);
  protected readonly copied = signal(false);
  protected readonly users = signal<readonly UserDto[]>([]);
  protected readonly required = signal<AuthenticationRequired>('enabled');
  protected readonly newUser = signal('');
  protected readonly newPassword = signal('');
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly userProblem = signal<ApiProblem | undefined>(undefined);
  protected readonly saved = signal(false);

  constructor() {
    void this.load();
  }

  protected async copyKey(): Promise<void> {
    const key = this.apiKey();
    if (!key) return;
    try {
      await navigator.clipboard.writeText(key);
      this.copied.set(true);
    } catch {
      this.showKey.set(true);
    }
  }

  protected async regenerate(): Promise<void> {
    if (!confirm('Programs using the current API key will stop working until they get the new one. Go on?')) return;
    await this.run(async () => {
      this.apiKey.set((await firstValueFrom(this.api.regenerateApiKey())).apiKey);
      this.showKey.set(true);
    });
  }

  protected async saveRequired(value: AuthenticationRequired): Promise<void> {
    this.saved.set(false);
    await this.run(async () => {
      this.required.set((await firstValueFrom(this.api.saveSettings(value))).authenticationRequired);
      this.saved.set(true);
    });
  }

  protected async addUser(): Promise<void> {
    const missing = checkRequired([
      { field: 'username', value: this.newUser(), label: 'Username', inputId: 'new-user' },
      { field: 'password', value: this.newPassword(), label: 'Password', inputId: 'new-password' },
    ]);
    this.userProblem.set(missing);
    if (missing) return;
    try {
      await firstValueFrom(this.api.addUser(this.newUser().trim(), this.newPassword()));
      this.newUser.set('');
      this.newPassword.set('');
      this.users.set(await firstValueFrom(this.api.users()));
    } catch (err) {
      this.userProblem.set(toProblem(err));
    }
  }

  protected async removeUser(username: string): Promise<void> {
    if (!confirm(`Remove ${username}? They will no longer be able to sign in.`)) return;
    this.userProblem.set(undefined);
    try {
      await firstValueFrom(this.api.removeUser(username));
      this.users.update((users) => users.filter((u) => u.username !== username));
    } catch (err) {
      this.userProblem.set(toProblem(err));
    }
  }

  protected fieldError(field: string): string {
    return this.userProblem()?.fields[field] ?? '';
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.problem.set(undefined);
    try {
      await action();
    } catch (err) {
      this.problem.set(toProblem(err));
    }
  }

  private async load(): Promise<void> {
    try {
      const [key, users, settings] = await Promise.all([
        firstValueFrom(this.api.apiKey()),
        firstValueFrom(this.api.users()),
        firstValueFrom(this.api.settings()),
      ]);
      this.apiKey.set(key.apiKey);
      this.keyFixed.set(key.fixed);
      this.users.set(users);
      this.required.set(settings.authenticationRequired);
    } catch (err) {
      const problem = toProblem(err);
      if (isNotAvailable(problem)) this.unavailable.set(true);
      else this.problem.set(problem);
    }
  }
}
