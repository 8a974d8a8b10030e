import type { JobData } from './job-data.js';
import { stepOutput } from './step-output.js';

describe('stepOutput', () => {
  const release = { id: 'r1', title: 'Meteora', artist: 'Linkin Park' };
  const download = { filePath: '/tmp/job/download/a.opus', info: { description: 'x'.repeat(2000) } };

  it('keeps what the step added or changed, not what earlier steps found', () => {
    const before: JobData = { download, list: { line: 1 } };
    const after: JobData = { ...before, download: { ...download }, list: { line: 2 }, release };
    expect(stepOutput(before, after)).toEqual({ list: { line: 2 }, release });
  });

  it('names the keys a step dropped', () => {
    expect(stepOutput({ download, release }, { release })).toEqual({ removed: ['download'] });
  });

  it('is everything for a first step and nothing when nothing changed', () => {
    expect(stepOutput(null, { release })).toEqual({ release });
    expect(stepOutput({ release }, { release: { ...release } })).toBeNull();
    expect(stepOutput({ release }, undefined)).toBeNull();
  });
});
