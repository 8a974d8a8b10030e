import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface LabelledTitle {
  input: string;
  artist: string;
  title: string;
  part: 'generated' | 'recorded' | 'peer-tests';
  family: string;
  split: 'tuning' | 'holdout' | 'excluded';
  source: string;
}

const CORPUS = 'libs/resolver/bench/corpus/match-corpus.jsonl';

/** The repository root, found from here both in the sources and in dist-test. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, CORPUS))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${CORPUS} not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

export function readCorpus(root: string): LabelledTitle[] {
  return readFileSync(join(root, CORPUS), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledTitle);
}

interface PeerCase {
  input: string;
  expected?: [string, string];
}

const PEER_TESTS = ['fluff', 'jypentertainment', 'removes-file-extensions', 'separators', 'simple', 'sub-pop-2014'];

/**
 * get-artist-title's own test tables, as the package ships them. The peer was tuned on them, so they are
 * reported apart and are in neither our tuning nor our holdout part.
 */
export function peerTestCases(): LabelledTitle[] {
  const require = createRequire(import.meta.url);
  return PEER_TESTS.flatMap((name) => {
    const table = require(`get-artist-title/test/${name}.js`) as { tests: PeerCase[] };
    return table.tests.flatMap((test) =>
      test.expected
        ? [
            {
              input: test.input,
              artist: test.expected[0],
              title: test.expected[1],
              part: 'peer-tests' as const,
              family: name,
              split: 'excluded' as const,
              source: `get-artist-title 1.3.1 test/${name}.js`,
            },
          ]
        : [],
    );
  });
}
