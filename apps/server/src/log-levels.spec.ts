import { nestLogLevels } from './log-levels.js';

describe('nestLogLevels', () => {
  it.each([
    ['error', ['fatal', 'error']],
    ['warn', ['fatal', 'error', 'warn']],
    ['info', ['fatal', 'error', 'warn', 'log']],
    ['debug', ['fatal', 'error', 'warn', 'log', 'debug']],
    ['verbose', ['fatal', 'error', 'warn', 'log', 'debug', 'verbose']],
  ] as const)('%s → %j', (level, expected) => {
    expect(nestLogLevels(level)).toEqual(expected);
  });
});
