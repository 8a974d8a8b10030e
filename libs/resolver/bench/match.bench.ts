// Match correctness on labelled data: parse accuracy of TrueTrack and of get-artist-title 1.3.1 on the same
// rows, for the tuning part and the holdout part of corpus/match-corpus.jsonl (split once, fixed seed), and
// apart on get-artist-title's own test tables. `--failures` lists TUNING failures only: holdout failures are
// never looked at row by row. Run through `npm run bench:match`.
import { fixed } from '../../jobs/bench/bench-utils.js';
import { peerTestCases, readCorpus, repoRoot, type LabelledTitle } from './match/corpus.js';
import { measure, peerReader, trueTrackReader, type Accuracy } from './match/parse-accuracy.js';
import { metricsOf, resolveAll, type Outcome, type ResolveMetrics } from './match/resolve-accuracy.js';
import { buildResolveWorld } from './match/resolve-world.js';

const pct = (n: number, of: number): string => `${fixed((100 * n) / Math.max(1, of), 1)} %`;
const line = (label: string, a: Accuracy): string =>
  `${label.padEnd(22)} exact ${pct(a.exact, a.rows).padStart(7)}   lenient ${pct(a.lenient, a.rows).padStart(7)}`;

function report(name: string, rows: LabelledTitle[]): Accuracy {
  const ours = measure(rows, trueTrackReader);
  const peer = measure(rows, peerReader);
  console.log(`${name} (${rows.length} rows)`);
  console.log(`  ${line('TrueTrack', ours)}`);
  console.log(`  ${line('get-artist-title', peer)}`);
  return ours;
}

const root = repoRoot();
const corpus = readCorpus(root);
const tuning = corpus.filter((row) => row.split === 'tuning');
const holdout = corpus.filter((row) => row.split === 'holdout');
console.log('title parsing: artist + title after folding case and spaces');
const tuned = report('tuning', tuning);
report('holdout', holdout);
// The generated rows share their noise families with the tuning part; the recorded titles are the only rows
// written by uploaders, so they are shown apart.
report(
  'holdout, recorded titles only',
  holdout.filter((row) => row.part === 'recorded'),
);
report("get-artist-title's own tests (excluded)", peerTestCases());

if (process.argv.includes('--failures')) {
  const byFamily = new Map<string, number>();
  for (const f of tuned.failures) byFamily.set(f.row.family, (byFamily.get(f.row.family) ?? 0) + 1);
  console.log('\ntuning failures by family:', Object.fromEntries(byFamily));
  for (const f of tuned.failures) {
    const got = f.reading ? `${f.reading.artist} | ${f.reading.title}` : '(none)';
    console.log(`  [${f.row.family}] ${f.row.input}\n      want ${f.row.artist} | ${f.row.title}\n      got  ${got}`);
  }
}

function printResolve(name: string, m: ResolveMetrics): void {
  const ways = Object.entries(m.byWay)
    .map(([way, share]) => `${way} ${pct(share, 1)}`)
    .join(', ');
  console.log(`${name} (${m.calls} calls)`);
  console.log(`  top-1 ${pct(m.top1, 1)} (${ways})`);
  console.log(
    `  strong but wrong ${m.strongWrong} of ${m.calls} (${pct(m.strongWrong, m.calls)}), asks ${pct(m.asks, 1)}`,
  );
  const levels = Object.entries(m.calibration)
    .map(([level, row]) => `${level} ${row.count} (${pct(row.correct, row.count)} right)`)
    .join(', ');
  console.log(`  calibration: ${levels}`);
}

const world = buildResolveWorld(root, corpus);
console.log(
  `\nresolving: ${world.cases.length} tracks asked four ways in a catalogue of ${world.musicbrainz.length} MusicBrainz ` +
    `and ${world.deezer.length} Deezer recordings (live, karaoke, remix, cover, compilation)`,
);
const tuningOutcomes = await resolveAll(
  world,
  world.cases.filter((c) => c.split === 'tuning'),
);
printResolve('tuning', metricsOf(tuningOutcomes));
printResolve(
  'holdout',
  metricsOf(
    await resolveAll(
      world,
      world.cases.filter((c) => c.split === 'holdout'),
    ),
  ),
);

if (process.argv.includes('--failures')) {
  const shown = (o: Outcome) => !o.correct || o.level !== 'strong';
  console.log('\ntuning resolve outcomes that asked or were wrong:');
  for (const o of tuningOutcomes.filter(shown)) {
    console.log(
      `  [${o.way}] ${o.query} -> ${o.level} ${o.correct ? 'right' : 'WRONG'}: ${o.got ?? '-'}\n      ${o.reason}`,
    );
  }
}
