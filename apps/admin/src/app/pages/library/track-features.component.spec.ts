import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { TrackAnalysisDto } from '@app/contracts';

import { TrackFeaturesComponent } from './track-features.component';

const ID = '6f1c2b9e-55aa-4c1e-9a57-0d1c2b3a4f5e';

async function render() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const fixture = TestBed.createComponent(TrackFeaturesComponent);
  fixture.componentRef.setInput('trackId', ID);
  fixture.detectChanges();
  await fixture.whenStable();
  const http = TestBed.inject(HttpTestingController);
  const answer = async (respond: (request: ReturnType<HttpTestingController['expectOne']>) => void) => {
    respond(http.expectOne(`/api/v1/analysis/track/${ID}`));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  return { root: fixture.nativeElement as HTMLElement, answer };
}

describe('TrackFeaturesComponent', () => {
  it('shows each axis with its label, a meter where it has a scale, and its sentence', async () => {
    const { root, answer } = await render();
    const analysis: Pick<TrackAnalysisDto, 'axes'> = {
      axes: [
        { name: 'energy', value: 0.82, label: 'High energy', sentence: 'High energy: -7.0 LUFS loud.' },
        { name: 'key', value: null, label: 'A minor', sentence: 'In A minor, clearly (key strength 0.80).' },
      ],
    };
    await answer((request) => request.flush(analysis));
    const rows = [...root.querySelectorAll('dd')].map((dd) => [
      dd.querySelector('strong')?.textContent,
      dd.querySelector('.sentence')?.textContent,
    ]);
    expect(rows).toEqual([
      ['High energy', 'High energy: -7.0 LUFS loud.'],
      ['A minor', 'In A minor, clearly (key strength 0.80).'],
    ]);
    expect(root.querySelectorAll('meter')).toHaveLength(1);
    expect(root.querySelector('meter')?.getAttribute('aria-label')).toBe('energy 0.82');
  });

  it('says when the track has not been analysed yet', async () => {
    const { root, answer } = await render();
    await answer((request) => request.flush({ message: 'no analysis' }, { status: 404, statusText: 'Not Found' }));
    expect(root.textContent).toContain('Not analysed yet.');
  });
});
