import { TestBed } from '@angular/core/testing';
import type { AudioFeatureFilters } from '@app/contracts';

import { AudioFeatureFiltersComponent } from './audio-feature-filters.component';

async function render() {
  const fixture = TestBed.createComponent(AudioFeatureFiltersComponent);
  const emitted: AudioFeatureFilters[] = [];
  fixture.componentInstance.changed.subscribe((filters) => emitted.push(filters));
  fixture.detectChanges();
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const type = async (name: string, value: string) => {
    const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
    fixture.detectChanges();
    await fixture.whenStable();
  };
  const click = async (label: string) => {
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!.click();
    fixture.detectChanges();
    await fixture.whenStable();
  };
  return { root, emitted, type, click };
}

describe('AudioFeatureFiltersComponent', () => {
  it('emits the typed BPM range, key and energy range when applied', async () => {
    const { emitted, type, click } = await render();
    await type('bpmMin', '120');
    await type('bpmMax', '128');
    await type('key', 'A minor');
    await type('energyMin', '50');
    await click('Apply');
    expect(emitted).toEqual([{ bpmMin: 120, bpmMax: 128, key: 'A minor', energyMin: 0.5 }]);
  });

  it('shows what is wrong instead of emitting, and clears to no filters', async () => {
    const { root, emitted, type, click } = await render();
    await type('bpmMin', 'fast');
    await click('Apply');
    expect(emitted).toEqual([]);
    expect(root.querySelector('#audio-filter-problems')?.textContent).toContain('Lowest BPM must be a number');
    expect(root.querySelector('[name="bpmMin"]')?.getAttribute('aria-invalid')).toBe('true');
    await click('Clear');
    expect(emitted).toEqual([{}]);
    expect(root.querySelector('#audio-filter-problems')?.textContent?.trim()).toBe('');
  });
});
