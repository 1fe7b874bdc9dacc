// `npm test`: builds what the tests drive (the api in process, the built worker, the built web app), checks
// the web app's generated API client is current, then runs every Jest project. Extra arguments go to Jest.
import { existsSync } from 'node:fs';
import { build, run } from './lib/run.mjs';

try {
  await build();
  if (existsSync('tools/openapi.mjs')) await run(process.execPath, ['tools/openapi.mjs', '--check']);
  await run('npx', ['jest', '--maxWorkers=2', ...process.argv.slice(2)]);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
