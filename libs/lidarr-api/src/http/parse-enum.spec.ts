import { MONITOR_TYPES, NEW_ITEM_MONITOR_TYPES, parseEnum } from './parse-enum.js';

describe('parseEnum', () => {
  it.each([
    ['all', 'all'],
    ['Existing', 'existing'],
    ['LATEST', 'latest'],
    [3, 'existing'],
    [0, 'all'],
    ['6', 'none'],
    [' future ', 'future'],
  ])('reads MonitorTypes %j as %s', (value, expected) => {
    expect(parseEnum(value, MONITOR_TYPES)).toBe(expected);
  });

  it.each([['sometimes'], [42], [-1], [1.5], [true], [null], [undefined]])('knows no MonitorTypes %j', (value) => {
    expect(parseEnum(value, MONITOR_TYPES)).toBeUndefined();
  });

  it('reads NewItemMonitorTypes by position', () => {
    expect(parseEnum(2, NEW_ITEM_MONITOR_TYPES)).toBe('new');
  });
});
