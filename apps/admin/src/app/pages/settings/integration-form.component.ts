import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { type IntegrationDto, type IntegrationEvent, IntegrationKind } from '@app/contracts';
import { firstValueFrom } from 'rxjs';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { IntegrationsApiService } from '../../api/integrations-api.service';
import { ProblemComponent } from '../../ui/problem.component';
import { SettingFieldComponent } from '../../ui/setting-field.component';
import { EVENTS, KINDS, kindView } from './integration-kinds';

/** Adds or edits one media server or notification target; the server's messages show under each field. */
@Component({
  selector: 'adm-integration-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ProblemComponent, SettingFieldComponent],
  template: `
    <form
      class="form"
      (ngSubmit)="save()"
      [attr.aria-label]="existing() ? 'Edit ' + existing()!.name : 'Add a connection'"
    >
      <div class="row">
        <div class="field">
          <label for="integration-kind">Kind</label>
          <select
            id="integration-kind"
            name="kind"
            [ngModel]="kind()"
            (ngModelChange)="kind.set($event)"
            [disabled]="!!existing()"
          >
            @for (k of kinds; track k.kind) {
              <option [value]="k.kind">{{ k.label }}</option>
            }
          </select>
        </div>
        <div class="field grow">
          <label for="integration-name">Name</label>
          <input
            id="integration-name"
            name="name"
            [ngModel]="name()"
            (ngModelChange)="name.set($event)"
            [attr.aria-invalid]="!!error('name')"
            aria-describedby="integration-name-error"
          />
          <span class="error" id="integration-name-error">{{ error('name') }}</span>
        </div>
      </div>
      @for (f of view().fields; track f.name) {
        <adm-setting-field
          idPrefix="integration"
          [field]="f"
          [value]="settings()[f.name] ?? ''"
          (valueChange)="setSetting(f.name, $event)"
          [error]="error('settings.' + f.name)"
        />
      }
      <fieldset>
        <legend>Tell it about</legend>
        @for (e of events; track e.event) {
          <label class="check"
            ><input
              type="checkbox"
              [name]="'event-' + e.event"
              [ngModel]="chosen().includes(e.event)"
              (ngModelChange)="toggleEvent(e.event, $event)"
            />
            {{ e.label }}</label
          >
        }
      </fieldset>
      <label class="check"
        ><input type="checkbox" name="enabled" [ngModel]="enabled()" (ngModelChange)="enabled.set($event)" /> On</label
      >
      <adm-problem [problem]="generalProblem()" title="Not saved." />
      <div class="row">
        <button class="btn primary" type="submit" [attr.aria-busy]="busy()">Save</button>
        <button class="btn" type="button" (click)="closed.emit(undefined)">Cancel</button>
      </div>
    </form>
  `,
  styles: `
    .form {
      border-top: 1px solid var(--adm-border);
      padding-top: 12px;
      margin-top: 12px;
    }
    .grow {
      flex: 1;
      min-width: 200px;
    }
    fieldset {
      border: 1px solid var(--adm-border);
      border-radius: 6px;
      margin: 0 0 12px;
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      margin: 4px 12px 4px 0;
    }
  `,
})
export class IntegrationFormComponent {
  private readonly api = inject(IntegrationsApiService);
  /** The integration to edit; none adds a new one. */
  readonly existing = input<IntegrationDto>();
  /** The saved integration, or undefined when the person cancelled. */
  readonly closed = output<IntegrationDto | undefined>();
  protected readonly kinds = KINDS;
  protected readonly events = EVENTS;
  protected readonly kind = signal<IntegrationKind>(IntegrationKind.Jellyfin);
  protected readonly name = signal('');
  protected readonly enabled = signal(true);
  protected readonly settings = signal<Record<string, string>>({});
  protected readonly chosen = signal<IntegrationEvent[]>(EVENTS.map((e) => e.event));
  protected readonly busy = signal(false);
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly view = computed(() => kindView(this.kind()));
  /** Shown above the buttons only when no field carries it. */
  protected readonly generalProblem = computed(() => {
    const problem = this.problem();
    return problem && Object.keys(problem.fields).length === 0 ? problem : undefined;
  });

  constructor() {
    effect(() => {
      const existing = this.existing();
      if (!existing) return;
      this.kind.set(existing.kind);
      this.name.set(existing.name);
      this.enabled.set(existing.enabled);
      this.settings.set({ ...existing.settings });
      this.chosen.set([...existing.events]);
    });
  }

  protected error(field: string): string {
    return this.problem()?.fields[field] ?? '';
  }

  protected setSetting(name: string, value: string): void {
    this.settings.update((s) => ({ ...s, [name]: value }));
  }

  protected toggleEvent(event: IntegrationEvent, on: boolean): void {
    this.chosen.update((list) => (on ? [...list, event] : list.filter((e) => e !== event)));
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(undefined);
    const fields = new Set(this.view().fields.map((f) => f.name));
    const request = {
      kind: this.kind(),
      name: this.name().trim(),
      enabled: this.enabled(),
      settings: Object.fromEntries(Object.entries(this.settings()).filter(([k, v]) => fields.has(k) && v !== '')),
      events: this.chosen(),
    };
    try {
      const existing = this.existing();
      const saved = await firstValueFrom(existing ? this.api.update(existing.id, request) : this.api.create(request));
      this.closed.emit(saved);
    } catch (err) {
      this.problem.set(toProblem(err));
    } finally {
      this.busy.set(false);
    }
  }
}
