// Load on a running api: signs in once, then keeps CONCURRENCY requests in flight for DURATION seconds
// against each endpoint and prints requests per second and latency percentiles. Measures; asserts nothing.
//   BASE_URL=http://localhost:3000 node bench/http.mjs
const base = process.env.BASE_URL ?? 'http://localhost:3000';
const concurrency = Number(process.env.CONCURRENCY ?? 20);
const seconds = Number(process.env.DURATION ?? 10);
const email = process.env.BENCH_EMAIL ?? 'coordinator@rotherham.demo';
const password = process.env.BENCH_PASSWORD ?? 'Demo-password-2026';

const login = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email, password }),
});
if (!login.ok)
  throw new Error(`Sign-in failed (${login.status}): is the api running at ${base} with demo data?`);
const { accessToken } = await login.json();
const headers = { authorization: `Bearer ${accessToken}` };

async function measure(name, path) {
  const latencies = [];
  let failures = 0;
  const deadline = Date.now() + seconds * 1000;
  const client = async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers });
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      if (!response.ok) failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  latencies.sort((a, b) => a - b);
  const at = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  console.log(
    `${name.padEnd(28)} ${(latencies.length / seconds).toFixed(0).padStart(7)} req/s   p50 ${at(50)} ms   p95 ${at(95)} ms   p99 ${at(99)} ms   failures ${failures}`,
  );
}

console.log(`${base}, ${concurrency} concurrent clients, ${seconds} s each`);
await measure('GET /api/health', '/api/health');
await measure('GET /api/v1/me', '/api/v1/me');
await measure('GET /api/v1/agencies', '/api/v1/agencies');
await measure('GET /api/v1/audit?limit=50', '/api/v1/audit?limit=50');
