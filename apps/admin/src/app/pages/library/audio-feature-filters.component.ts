import { ChangeDetectionStrategy, Component, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { AudioFeatureFilters } from '@app/contracts';

import {
  AUDIO_FEATURE_FIELDS,
  type AudioFeatureForm,
  type AudioFeatureProblems,
  EMPTY_AUDIO_FEATURE_FORM,
  MUSICAL_KEYS,
  readAudioFeatureForm,
} from './audio-feature-filters';

/** BPM range, key and energy range for the library list; checked when applied, each problem beside its field. */
@Component({
  selector: 'adm-audio-feature-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule],
  template: `
    <form class="row filters" (ngSubmit)="apply()" aria-label="Filter by audio analysis" novalidate>
      @for (field of fields; track field.name) {
        <label>
          {{ field.label }}
          <input
            [name]="field.name"
            [attr.name]="field.name"
            [attr.inputmode]="field.inputmode"
            [size]="field.size"
            [attr.list]="field.list ?? null"
            [attr.placeholder]="field.placeholder ?? null"
            [attr.autocomplete]="field.list ? 'off' : null"
            [ngModel]="form()[field.name]"
            (ngModelChange)="set(field.name, $event)"
            [attr.aria-invalid]="!!problems()[field.name]"
            aria-describedby="audio-filter-problems"
          />
          {{ field.unit ?? '' }}
        </label>
      }
      <datalist id="audio-filter-keys">
        @for (key of keys; track key) {
          <option [value]="key"></option>
        }
      </datalist>
      <button class="btn small" type="submit">Apply</button>
      <button class="btn small" type="button" (click)="clear()">Clear</button>
    </form>
    <ul id="audio-filter-problems" class="problems small" aria-live="polite">
      @for (problem of problemList(); track problem) {
        <li>{{ problem }}</li>
      }
    </ul>
  `,
  styles: `
    .filters {
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .problems {
      margin: 0 0 12px;
      padding: 0;
      list-style: none;
      color: var(--adm-danger);
    }
  `,
})
export class AudioFeatureFiltersComponent {
  /** The filters to apply, after a valid Apply or a Clear. */
  readonly changed = output<AudioFeatureFilters>();
  protected readonly fields = AUDIO_FEATURE_FIELDS;
  protected readonly keys = MUSICAL_KEYS;
  protected readonly form = signal<AudioFeatureForm>(EMPTY_AUDIO_FEATURE_FORM);
  protected readonly problems = signal<AudioFeatureProblems>({});
  protected readonly problemList = () => Object.values(this.problems());

  protected set(field: keyof AudioFeatureForm, value: string): void {
    this.form.update((form) => ({ ...form, [field]: value ?? '' }));
  }

  protected apply(): void {
    const read = readAudioFeatureForm(this.form());
    if (read.problems) {
      this.problems.set(read.problems);
      return;
    }
    this.problems.set({});
    this.changed.emit(read.filters);
  }

  protected clear(): void {
    this.form.set(EMPTY_AUDIO_FEATURE_FORM);
    this.problems.set({});
    this.changed.emit({});
  }
}
