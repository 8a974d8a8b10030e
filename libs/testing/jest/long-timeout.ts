import { jest } from '@jest/globals';

// Integration and e2e tests start real servers and databases; Jest's 5 s default is too short for them.
jest.setTimeout(60_000);
