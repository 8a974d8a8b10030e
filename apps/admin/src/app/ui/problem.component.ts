import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { ApiProblem } from '../api/api-problem';

/** A failed request, in words, announced to screen readers. */
@Component({
  selector: 'adm-problem',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (problem(); as p) {
      <p class="alert" role="alert">
        @if (title()) {
          <strong>{{ title() }}</strong>
        }
        {{ p.message }}
      </p>
    }
  `,
})
export class ProblemComponent {
  readonly problem = input<ApiProblem | undefined>();
  readonly title = input<string>();
}
