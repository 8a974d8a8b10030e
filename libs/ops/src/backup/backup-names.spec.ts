import { backupName, isBackupName, newestFirst, nextBackupName, timestamp } from './backup-names.js';

const at = Date.parse('2026-11-21T07:05:09.123Z');

describe('backup names', () => {
  it('stamps in UTC as YYYYMMDD-HHMMSS', () => {
    expect(timestamp(at)).toBe('20261121-070509');
    expect(backupName(at)).toBe('truetrack-20261121-070509.sqlite');
    expect(backupName(at, 2)).toBe('truetrack-20261121-070509-2.sqlite');
  });

  it.each([
    ['truetrack-20261121-070509.sqlite', true],
    ['truetrack-20261121-070509-3.sqlite', true],
    ['truetrack-20261121-070509.sqlite.partial', false],
    ['truetrack.db', false],
    ['truetrack-2026-11-21.sqlite', false],
  ])('%s is a backup: %s', (name, expected) => {
    expect(isBackupName(name)).toBe(expected);
  });

  it('orders newest first, same-second ones by their number, and drops other files', () => {
    expect(
      newestFirst([
        'truetrack-20261120-235959.sqlite',
        'truetrack-20261121-070509-1.sqlite',
        'notes.txt',
        'truetrack-20261121-070509.sqlite',
        'truetrack-20261121-070509-10.sqlite',
      ]),
    ).toEqual([
      'truetrack-20261121-070509-10.sqlite',
      'truetrack-20261121-070509-1.sqlite',
      'truetrack-20261121-070509.sqlite',
      'truetrack-20261120-235959.sqlite',
    ]);
  });

  it('numbers a new backup past the highest of its second, even when older ones of that second were pruned', () => {
    expect(nextBackupName([], at)).toBe('truetrack-20261121-070509.sqlite');
    expect(nextBackupName(['truetrack-20261121-070509.sqlite'], at)).toBe('truetrack-20261121-070509-1.sqlite');
    // The plain name and -1 are gone (pruned); reusing the plain name would make the new backup the oldest.
    expect(nextBackupName(['truetrack-20261121-070509-7.sqlite', 'truetrack-20261120-235959-9.sqlite'], at)).toBe(
      'truetrack-20261121-070509-8.sqlite',
    );
  });
});
