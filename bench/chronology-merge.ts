// Times the combined chronology on 20 agencies × 500 entries, generated the same way every run (a seeded PRNG:
// mostly exact days, some months, seasons, years and ranges, a few hedged, and planted cross-agency duplicates).
// Prints the median and max of several runs of mergeChronology and findLikelyDuplicates. Measures; asserts nothing.
//   TS_NODE_PROJECT=tsconfig.json TS_NODE_COMPILER_OPTIONS='{"module":"commonjs","moduleResolution":"node"}' node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/chronology-merge.ts
// RUNS=20 AGENCIES=40 ENTRIES=1000 change the size.
import { ApproximateDate, SEASONS } from '@dhr/platform-domain';

import { ChronologyDate } from '../libs/imr/src/domain/chronology-date';
import { ChronologyItem, mergeChronology } from '../libs/imr/src/domain/combined-chronology';
import { findLikelyDuplicates } from '../libs/imr/src/domain/duplicates';

const runs = Number(process.env.RUNS ?? 9);
const agencyCount = Number(process.env.AGENCIES ?? 20);
const entriesPerAgency = Number(process.env.ENTRIES ?? 500);

/** mulberry32: small, fast and the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(2014_02_06);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

const VERBS = [
  'attended',
  'called',
  'reported',
  'referred',
  'visited',
  'assessed',
  'discharged',
  'contacted',
];
const SUBJECTS = ['MA 1', 'MA 2', 'the victim', 'the perpetrator', 'a neighbour', 'the sister', 'the mother'];
const TOPICS = [
  'domestic assault at the home address',
  'head injury after a fall',
  'alcohol use and withdrawal',
  'missed appointment with the GP',
  'housing arrears and eviction notice',
  'anxiety and low mood',
  'incised wound to the right hand',
  'MARAC referral and risk assessment',
  'probation supervision meeting',
  'welfare check requested by family',
  'prescription for antidepressants reviewed',
  'IDVA contact declined',
];
const CONTEXTS = [
  'during a home visit',
  'in the emergency department',
  'by telephone',
  'at the surgery',
  'at the custody suite',
  'at the hostel',
  'at the probation office',
  'at a multi-agency meeting',
  'outside a public house',
  'at the sister’s flat',
];
const DETAILS = [
  '',
  'police informed',
  'no further action',
  'leaflet given',
  'follow-up booked',
  'safeguarding concern raised',
];

function randomDate(): ChronologyDate {
  const year = between(2000, 2014);
  const roll = random();
  let from: ApproximateDate;
  let to: ApproximateDate | null = null;
  let time: string | null = null;
  if (roll < 0.7) {
    from = { precision: 'day', year, month: between(1, 12), day: between(1, 28) };
    if (random() < 0.3)
      time = `${String(between(0, 23)).padStart(2, '0')}:${String(between(0, 59)).padStart(2, '0')}`;
  } else if (roll < 0.85) {
    from = { precision: 'month', year, month: between(1, 12) };
    if (random() < 0.3) from.qualifier = pick(['early', 'mid', 'late'] as const);
  } else if (roll < 0.93) {
    from = { precision: 'season', year, season: pick(SEASONS) };
  } else if (roll < 0.98) {
    from = { precision: 'year', year };
  } else {
    from = { precision: 'month', year, month: between(1, 6) };
    to = { precision: 'month', year, month: between(7, 12) };
  }
  return { from, to, approximate: to == null && time == null && random() < 0.05, time };
}

function generate(): ChronologyItem[] {
  const items: ChronologyItem[] = [];
  for (let a = 0; a < agencyCount; a++) {
    for (let e = 0; e < entriesPerAgency; e++) {
      items.push({
        id: `a${String(a).padStart(2, '0')}-e${String(e).padStart(4, '0')}`,
        agencyId: `agency-${a}`,
        agencyName: `Agency ${String.fromCharCode(65 + (a % 26))}${a}`,
        date: randomDate(),
        event: `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CONTEXTS)}: ${pick(TOPICS)}. ${pick(DETAILS)}; log ${between(100, 9999)}`,
      });
    }
  }
  // plant duplicates: another agency's account of 2% of the events, on the same day or the next
  const planted = Math.floor(items.length * 0.02);
  for (let p = 0; p < planted; p++) {
    const original = pick(items.filter((item) => item.date.from.precision === 'day').slice(0, 2000));
    const agency =
      (Number(original.agencyId.slice('agency-'.length)) + between(1, agencyCount - 1)) % agencyCount;
    const from = original.date.from;
    const day = Math.min((from.day ?? 1) + between(0, 1), 28);
    items.push({
      id: `dup-${String(p).padStart(4, '0')}`,
      agencyId: `agency-${agency}`,
      agencyName: `Agency ${String.fromCharCode(65 + (agency % 26))}${agency}`,
      date: { from: { ...from, day }, to: null, approximate: false, time: null },
      event: `${original.event.replace(/; log \d+$/, '')}; recorded by this agency`,
    });
  }
  return items;
}

function time<T>(name: string, work: () => T, describe: (result: T) => string): void {
  const durations: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    result = work();
    durations.push(performance.now() - started);
  }
  durations.sort((p, q) => p - q);
  const median = durations[Math.floor(durations.length / 2)];
  const max = durations[durations.length - 1];
  console.log(
    `${name.padEnd(22)} median ${median.toFixed(1)} ms  max ${max.toFixed(1)} ms  ${describe(result as T)}`,
  );
}

const items = generate();
console.log(`${items.length} entries from ${agencyCount} agencies (${runs} runs each)`);
time(
  'mergeChronology',
  () => mergeChronology(items),
  (merged) => `${merged.length} entries in order`,
);
time(
  'findLikelyDuplicates',
  () => findLikelyDuplicates(items),
  (found) => {
    const planted = items.filter((item) => item.id.startsWith('dup-')).length;
    const caught = new Set(found.flatMap(({ a, b }) => [a, b]).filter((id) => id.startsWith('dup-'))).size;
    const exact = found.filter(
      ({ reasons }) => reasons[0].startsWith('same day') || reasons[0].includes('apart'),
    ).length;
    return `${found.length} likely duplicates (${exact} between exact days; ${caught} of ${planted} planted caught)`;
  },
);
