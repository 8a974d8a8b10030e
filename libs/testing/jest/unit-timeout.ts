import { jest } from '@jest/globals';

// The limit only catches a hung test. CPU-bound unit tests (scrypt at OWASP's cost, the essentia worker) take well
// under a second on an idle machine, but several times Jest's 5 s default on one busy with other work.
jest.setTimeout(30_000);
