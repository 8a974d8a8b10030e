import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  NAMING_TEMPLATE_KINDS,
  type NamingSampleDto,
  type NamingSettingsDto,
  type NamingTemplateKind,
  type NamingTemplatesDto,
} from '@app/contracts';
import { Subject, debounceTime, firstValueFrom } from 'rxjs';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { type ApiProblem, toProblem } from '../../api/api-problem';
import { NamingApiService } from '../../api/naming-api.service';
import { ProblemComponent } from '../../ui/problem.component';

const KIND_LABELS: Record<NamingTemplateKind, string> = {
  album: 'Album tracks',
  single: 'Singles and EPs',
  compilation: 'Compilations',
};
const PREVIEW_DELAY_MS = 300;

/** Where a problem about one template shows: the server names it `album` on save, `templates.album` on preview. */
export function templateErrors(problem: ApiProblem | undefined): Partial<Record<NamingTemplateKind, string>> {
  const errors: Partial<Record<NamingTemplateKind, string>> = {};
  for (const [field, message] of Object.entries(problem?.fields ?? {})) {
    const kind = field.replace(/^templates\./, '') as NamingTemplateKind;
    if (NAMING_TEMPLATE_KINDS.includes(kind)) errors[kind] = message;
  }
  return errors;
}

/** Naming templates with a live preview of where sample tracks would go. */
@Component({
  selector: 'adm-naming-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ProblemComponent],
  templateUrl: './naming-settings.component.html',
})
export class NamingSettingsComponent {
  private readonly api = inject(NamingApiService);
  protected readonly kinds = NAMING_TEMPLATE_KINDS.map((kind) => ({ kind, label: KIND_LABELS[kind] }));
  protected readonly settings = signal<NamingSettingsDto | undefined>(undefined);
  protected readonly templates = signal<NamingTemplatesDto>({ album: '', single: '', compilation: '' });
  protected readonly samples = signal<readonly NamingSampleDto[]>([]);
  protected readonly errors = signal<Partial<Record<NamingTemplateKind, string>>>({});
  protected readonly problem = signal<ApiProblem | undefined>(undefined);
  protected readonly saved = signal(false);
  protected readonly busy = signal(false);
  private readonly changes = new Subject<void>();

  constructor() {
    this.changes.pipe(debounceTime(PREVIEW_DELAY_MS), takeUntilDestroyed()).subscribe(() => void this.preview());
    void this.load();
  }

  protected edit(kind: NamingTemplateKind, value: string): void {
    this.templates.update((t) => ({ ...t, [kind]: value }));
    this.saved.set(false);
    this.changes.next();
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(undefined);
    try {
      const settings = await firstValueFrom(this.api.save(this.templates()));
      this.settings.set(settings);
      this.errors.set({});
      this.saved.set(true);
    } catch (err) {
      this.fail(toProblem(err));
    } finally {
      this.busy.set(false);
    }
  }

  private async preview(): Promise<void> {
    try {
      const preview = await firstValueFrom(this.api.preview(this.templates()));
      this.samples.set(preview.samples);
      this.errors.set({});
      this.problem.set(undefined);
    } catch (err) {
      this.fail(toProblem(err));
    }
  }

  private fail(problem: ApiProblem): void {
    const errors = templateErrors(problem);
    this.errors.set(errors);
    if (Object.keys(errors).length === 0) this.problem.set(problem);
  }

  private async load(): Promise<void> {
    try {
      const settings = await firstValueFrom(this.api.get());
      this.settings.set(settings);
      this.templates.set({ ...settings.templates });
      await this.preview();
    } catch (err) {
      this.problem.set(toProblem(err));
    }
  }
}
