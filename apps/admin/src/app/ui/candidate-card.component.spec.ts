import { TestBed } from '@angular/core/testing';
import { type CandidateDto, CandidateStage } from '@app/contracts';

import { CandidateCardComponent, describeCandidate } from './candidate-card.component';

const candidate = (payload: Record<string, unknown>, score = 0.634): CandidateDto => ({
  id: 'c1',
  index: 0,
  stage: CandidateStage.Intent,
  provider: 'musicbrainz',
  score,
  scoreParts: {},
  reasons: ["title 'Paper Lanterns' differs from 'lanterns'", 'duration 0:04 matches'],
  payload,
});

describe('describeCandidate', () => {
  it('reads a recording', () => {
    expect(
      describeCandidate(
        candidate({
          title: 'Paper Lanterns',
          artists: ['Nova Tide', 'Elsa Marrow'],
          album: 'Harbour Lights',
          releaseDate: '2019-04-01',
          durationMs: 215_000,
          expectedDurationMs: 214_000,
          coverUrl: 'http://127.0.0.1/cover.jpg',
        }),
      ),
    ).toMatchObject({
      title: 'Paper Lanterns',
      artists: 'Nova Tide, Elsa Marrow',
      album: 'Harbour Lights',
      year: '2019',
      duration: '3:35',
      expected: '3:34',
      coverUrl: 'http://127.0.0.1/cover.jpg',
      confidence: 63,
    });
  });

  it('falls back to the label and the channel of a source', () => {
    expect(describeCandidate(candidate({ label: 'A video', channel: 'Nova Tide - Topic' }, 1.2))).toMatchObject({
      title: 'A video',
      artists: 'Nova Tide - Topic',
      duration: undefined,
      confidence: 100,
    });
  });
});

describe('CandidateCardComponent', () => {
  it('shows the facts and reasons and emits the candidate when pressed', async () => {
    const fixture = TestBed.createComponent(CandidateCardComponent);
    const chosen: CandidateDto[] = [];
    fixture.componentRef.setInput('candidate', candidate({ title: 'Paper Lanterns', artists: ['Nova Tide'] }));
    fixture.componentRef.setInput('cardId', 'candidate-0-0');
    fixture.componentInstance.choose.subscribe((c) => chosen.push(c));
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    const button = element.querySelector<HTMLButtonElement>('#candidate-0-0')!;
    expect(button.textContent).toContain('Paper Lanterns');
    expect(button.textContent).toContain('63%');
    expect(element.querySelectorAll('.reasons li')).toHaveLength(2);
    button.click();
    expect(chosen.map((c) => c.id)).toEqual(['c1']);
  });
});
