import { jobFolder, jobTempFolder } from './job-folder.js';

describe('job folders', () => {
  it('puts each job and each of its steps in its own folder under the temp folder', () => {
    expect(jobTempFolder('/data/tmp', 'job-1')).toBe('/data/tmp/job-1');
    expect(jobFolder('/data/tmp', 'job-1', 'audio')).toBe('/data/tmp/job-1/audio');
  });

  it.each(['..', '../etc', '.'])('refuses a job id that would leave the temp folder (%s)', (id) => {
    expect(() => jobTempFolder('/data/tmp', id)).toThrow('escapes the temp folder');
  });
});
