import type { AppConfig } from '@app/config';
import { LoginThrottle } from './login-throttle.js';

const throttle = () => new LoginThrottle({ auth: { loginAttempts: 3, loginWindowMs: 60_000 } } as unknown as AppConfig);

describe('LoginThrottle', () => {
  it('counts attempts still being checked, so parallel guesses cannot all get in', () => {
    const sut = throttle();
    const taken = Array.from({ length: 30 }, () => sut.begin('203.0.113.9', 0));
    expect(taken.filter((wait) => wait === 0)).toHaveLength(3);
    expect(taken.slice(3).every((wait) => wait > 0)).toBe(true);
  });

  it('makes the address wait for the window once its failures are used up', () => {
    const sut = throttle();
    for (let i = 0; i < 3; i++) {
      expect(sut.begin('a', 1000)).toBe(0);
      sut.finish('a', false, 1000);
    }
    expect(sut.begin('a', 2000)).toBe(59);
    expect(sut.begin('b', 2000)).toBe(0);
    expect(sut.begin('a', 61_000)).toBe(0);
  });

  it('forgives on success and gives back an attempt that was neither right nor wrong', () => {
    const sut = throttle();
    sut.begin('a', 0);
    sut.finish('a', false, 0);
    sut.begin('a', 0);
    sut.finish('a', true, 0);
    for (let i = 0; i < 3; i++) expect(sut.begin('a', 0)).toBe(0);
    expect(sut.begin('a', 0)).toBe(1);
    sut.abandon('a');
    expect(sut.begin('a', 0)).toBe(0);
  });
});
