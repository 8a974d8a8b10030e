import { stepOutput } from './step-output.js';

describe('stepOutput', () => {
  const fingerprint = { compressed: 'AQAA'.repeat(500), durationSec: 212 };

  it('keeps what the step added or changed, not what earlier steps found', () => {
    const before = { recording: { title: 'Numb' }, fingerprint, sourceIndex: 0 };
    const after = { ...before, fingerprint: { ...fingerprint }, sourceIndex: 1, metadata: { album: 'Meteora' } };
    expect(stepOutput(before, after)).toEqual({ sourceIndex: 1, metadata: { album: 'Meteora' } });
  });

  it('names the keys a step dropped', () => {
    expect(stepOutput({ download: { file: 'a.opus' }, recording: 1 }, { recording: 1 })).toEqual({
      removed: ['download'],
    });
  });

  it('is everything for a first step and nothing when nothing changed', () => {
    expect(stepOutput(null, { recording: 1 })).toEqual({ recording: 1 });
    expect(stepOutput({ recording: 1 }, { recording: 1 })).toBeNull();
    expect(stepOutput({ recording: 1 }, undefined)).toBeNull();
  });
});
