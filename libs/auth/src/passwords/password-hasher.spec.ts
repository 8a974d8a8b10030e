import { hashPassword, needsRehash, verifyPassword } from './password-hasher.js';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the password it hashed and nothing else', async () => {
    const stored = await hashPassword('correct horse battery staple', CHEAP);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    await expect(verifyPassword('correct horse battery staple', stored)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapl', stored)).resolves.toBe(false);
    await expect(verifyPassword('', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same', CHEAP)).not.toBe(await hashPassword('same', CHEAP));
  });

  it('treats the composed and decomposed forms of a letter as the same password', async () => {
    const stored = await hashPassword('caf\u00e9', CHEAP);
    await expect(verifyPassword('cafe\u0301', stored)).resolves.toBe(true);
  });

  it("uses the default cost, OWASP's minimum N=2^17, when none is given", async () => {
    expect(await hashPassword('x')).toMatch(/^scrypt\$131072\$8\$1\$/);
  });

  it('asks for a rehash of hashes made with a lower cost', async () => {
    expect(needsRehash(await hashPassword('x', CHEAP))).toBe(true);
    expect(needsRehash('scrypt$32768$8$1$c2FsdA==$aGFzaA==')).toBe(true);
    expect(needsRehash('scrypt$131072$8$1$c2FsdA==$aGFzaA==')).toBe(false);
  });

  it('refuses a stored value it does not understand', async () => {
    await expect(verifyPassword('x', 'plain-text')).resolves.toBe(false);
    await expect(verifyPassword('x', 'bcrypt$10$abc$def$ghi$jkl')).resolves.toBe(false);
  });
});
