// Imports generated action plans into a running system (api and worker, as `npm start` runs them with demo
// data) and prints how long the preview, the import and a re-import of the same sheet take, at once for a plan
// of ordinary size and as a background job for large ones. Measures; asserts nothing. Each run adds a new
// recommendation source (its key is printed) to the demo partnership.
//   BASE_URL=http://localhost:3000 node bench/plan-import.mjs
// SIZES=100,1000,5000 changes the plans' sizes (in actions).
const base = process.env.BASE_URL ?? 'http://localhost:3000';
const email = process.env.BENCH_EMAIL ?? 'coordinator@rotherham.demo';
const password = process.env.BENCH_PASSWORD ?? 'Demo-password-2026';
const sizes = (process.env.SIZES ?? '100,1000,3000').split(',').map(Number);

const login = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email, password }),
});
if (!login.ok)
  throw new Error(`Sign-in failed (${login.status}): is the api running at ${base} with demo data?`);
const { accessToken } = await login.json();
const headers = { authorization: `Bearer ${accessToken}` };

async function call(method, path, body) {
  const json = typeof body === 'string' ? { 'content-type': 'application/json' } : {};
  const response = await fetch(`${base}${path}`, { method, headers: { ...headers, ...json }, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : null;
}

const agencies = (await call('GET', '/api/v1/agencies')).items.map((agency) => agency.name);

/** A plan as partnerships keep them: section rows, a header repeated per printed page, RAG and dated progress. */
function plan(size) {
  const quote = (text) => `"${text.replaceAll('"', '""')}"`;
  const lines = ['Ref,Action,Lead agency,Lead officer,Target date,Milestones,Progress,RAG,Date of update'];
  for (let n = 1; n <= size; n++) {
    if (n % 40 === 1) lines.push(`${Math.ceil(n / 40)}. PROTECT - Priority ${Math.ceil(n / 40)},,,,,,,,`);
    lines.push(
      [
        `${Math.ceil(n / 40)}.${n}`,
        quote(`Audit the referral pathway and train front-line staff, part ${n}`),
        quote(agencies[n % agencies.length]),
        `Officer ${n}`,
        ['Mar-27', 'September 2027', 'TBA', '31/12/2026'][n % 4],
        quote(`1. Scope agreed\n2. Training delivered`),
        quote(`Update ${n}: work has begun`),
        ['A', 'G', 'R', 'Amber'][n % 4],
        '01/10/2026',
      ].join(','),
    );
    if (n % 50 === 0) lines.push('Page 1 of 9,,,,,,,,');
  }
  return new Blob([lines.join('\r\n')], { type: 'text/csv' });
}

function form(file, sourceKey) {
  const data = new FormData();
  data.append('sourceKey', sourceKey);
  data.append('file', file, 'plan.csv');
  return data;
}

async function timed(work) {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

async function importPlan(file, sourceKey, asJob) {
  if (!asJob) return (await call('POST', '/api/v1/action-plan/imports', form(file, sourceKey))).counts;
  let job = await call('POST', '/api/v1/action-plan/import-jobs', form(file, sourceKey));
  while (job.status === 'queued' || job.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    job = await call('GET', `/api/v1/action-plan/import-jobs/${job.id}`);
  }
  if (job.status !== 'done') throw new Error(`Import job failed: ${JSON.stringify(job.problems)}`);
  return job.counts;
}

const key = `BENCH-${Date.now().toString(36)}`;
console.log(`${base}, source keys ${key}-<size>, ${agencies.length} agencies`);
for (const size of sizes) {
  const sourceKey = `${key}-${size}`;
  await call(
    'POST',
    '/api/v1/recommendation-sources',
    JSON.stringify({ key: sourceKey, name: `Benchmark plan of ${size} actions`, kind: 'other' }),
  );
  const file = plan(size);
  const preview = await timed(() => call('POST', '/api/v1/action-plan/imports/preview', form(file, sourceKey)));
  const asJob = preview.result.runsAsJob;
  const first = await timed(() => importPlan(file, sourceKey, asJob));
  const again = await timed(() => importPlan(file, sourceKey, asJob));
  const rate = (ms) => `${((size / ms) * 1000).toFixed(0)} actions/s`;
  console.log(
    `${String(size).padStart(6)} actions (${asJob ? 'job' : 'at once'}): preview ${preview.ms.toFixed(0)} ms;` +
      ` import ${first.ms.toFixed(0)} ms (${rate(first.ms)}, ${first.result.actionsCreated} created);` +
      ` re-import ${again.ms.toFixed(0)} ms (${again.result.actionsUnchanged} unchanged)`,
  );
}
