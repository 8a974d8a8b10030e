import { isLocalAddress } from './local-address.js';

describe('isLocalAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.0.0.5',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.20',
    '169.254.3.4',
    '::1',
    '::ffff:192.168.1.2',
    '::ffff:127.0.0.1',
    'fd12:3456::1',
    'fe80::1',
  ])('%s is local', (address) => expect(isLocalAddress(address)).toBe(true));

  it.each([
    '8.8.8.8',
    '172.15.0.1',
    '172.32.0.1',
    '192.169.0.1',
    '11.0.0.1',
    '::ffff:8.8.8.8',
    '2001:db8::1',
    'fe00::1',
    '',
    undefined,
    'localhost',
    '127.0.0.1.evil',
  ])('%s is not local', (address) => expect(isLocalAddress(address)).toBe(false));
});
