import { artistDistance, durationDistance, editRatio, formatDuration, stringDistance } from './distance.js';

const round = (n: number) => Math.round(n * 1000) / 1000;

describe('editRatio', () => {
  it.each([
    ['', '', 0],
    ['kitten', 'kitten', 0],
    ['kitten', 'sitting', 0.429],
    ['abstract', 'abstrakt', 0.125],
    ['numb', '', 1],
    ['夜に駆ける', '夜に駆け', 0.2],
  ])('%j vs %j is %d', (a, b, expected) => {
    expect(round(editRatio(a, b))).toBe(expected);
  });
});

describe('stringDistance', () => {
  it.each([
    ['Numb', 'numb', 0],
    ['Beyoncé', 'Beyonce', 0],
    ['The Boxer', 'Boxer', 0],
    ['AC/DC', 'ac dc', 0],
    ['Smells Like Teen Spirit', 'Smells Like Teen Sprit', 0.043],
    ['夜に駆ける', '夜に駆け', 0.2],
    ['Nobody Else', 'Nobody Else Remix', 0.353],
    ['Nobody Else', 'Nobody', 0.455],
    ['Gasoline', 'Gasoline, Part 2', 0.5],
    ['Nobody Else', 'No One Else', 0.6],
    ['Numb', 'Faint', 1],
    ['Numb', '', 1],
  ])('%j vs %j is %d', (a, b, expected) => {
    expect(round(stringDistance(a, b))).toBe(expected);
  });

  it('is symmetric', () => {
    expect(stringDistance('Nobody Else', 'No One Else')).toBe(stringDistance('No One Else', 'Nobody Else'));
  });
});

describe('artistDistance', () => {
  it.each([
    [['Nirvana'], ['Nirvana'], 0],
    [['The Weeknd'], ['Weeknd'], 0],
    [['Eminem'], ['Eminem', 'Rihanna'], 0],
    [['Lost Identities'], ['Lost Identities & Robbie Rosen'], 0],
    [['Simon & Garfunkel'], ['Simon', 'Garfunkel'], 0],
    [['Abstrakt'], ['Abstract', 'Logic'], 0.125],
    [['Eminem', 'Rihanna'], ['Eminem'], 0.5],
    [['Seether'], ['Nirvana'], 1],
    [['Seether'], [], 1],
  ])('%j vs %j is %d', (wanted, offered, expected) => {
    expect(round(artistDistance(wanted, offered))).toBe(expected);
  });
});

describe('durationDistance', () => {
  it.each([
    [0, 0],
    [1_000, 0.01],
    [8_000, 0.08],
    [10_000, 0.1],
    [25_000, 0.55],
    [40_000, 1],
    [3_402_000, 1],
  ])('%d ms apart is %d', (gap, expected) => {
    expect(round(durationDistance(200_000, 200_000 + gap))).toBe(expected);
    expect(round(durationDistance(200_000 + gap, 200_000))).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each([
    [301_133, '5:01'],
    [169_000, '2:49'],
    [59_600, '1:00'],
    [3_564_000, '59:24'],
    [3_649_000, '1:00:49'],
  ])('%d ms is %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});
