import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

/** One text setting of a form: a secret one is typed masked and never autocompleted. */
export interface SettingFieldView {
  name: string;
  label: string;
  required?: boolean;
  secret?: boolean;
  placeholder?: string;
}

/** A labelled text input with the server's (or the form's) message for it underneath. */
@Component({
  selector: 'adm-setting-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="field">
      <label [for]="inputId()">{{ field().label }}{{ field().required ? '' : ' (optional)' }}</label>
      <input
        [id]="inputId()"
        [name]="field().name"
        [type]="field().secret ? 'password' : 'text'"
        autocomplete="off"
        [placeholder]="field().placeholder ?? ''"
        [value]="value()"
        (input)="changed($event)"
        [attr.aria-invalid]="!!error()"
        [attr.aria-describedby]="inputId() + '-error'"
      />
      <span class="error" [id]="inputId() + '-error'">{{ error() }}</span>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    input {
      width: 100%;
    }
  `,
})
export class SettingFieldComponent {
  readonly field = input.required<SettingFieldView>();
  /** Prefix of the input's id (`<idPrefix>-<field name>`), which labels and required-field checks point at. */
  readonly idPrefix = input.required<string>();
  readonly value = input('');
  readonly error = input<string | undefined>('');
  readonly valueChange = output<string>();
  protected readonly inputId = computed(() => `${this.idPrefix()}-${this.field().name}`);

  protected changed(event: Event): void {
    this.valueChange.emit((event.target as HTMLInputElement).value);
  }
}
