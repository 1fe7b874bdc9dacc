// Writes the web app's typed API client (apps/web/src/api/schema.ts) from the api's OpenAPI document.
// `--check` writes nothing, and fails if the committed client differs from what the api describes (CI runs it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const TARGET = 'apps/web/src/api/schema.ts';
const HEADER =
  "// Generated from the api's OpenAPI document by `npm run openapi:generate`. Do not edit by hand.\n";
const check = process.argv.includes('--check');

function run(what, command, args, env = process.env) {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  } catch {
    throw new Error(`${what} failed (see above). Nothing was written.`);
  }
}

/** The api's OpenAPI document, as the built api writes it. */
function openApiDocument(directory) {
  // nx caches the build, so this is quick when the api has not changed
  run('Building the api (`npx nx build api`)', 'npx', ['nx', 'build', 'api', '--output-style=static']);
  const file = join(directory, 'openapi.json');
  // The api describes itself without connecting to anything, but its configuration insists on a well-formed
  // DATABASE_URL; the one given here is never dialled.
  const env = {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://openapi@127.0.0.1:5432/unused',
  };
  run(
    'Writing the OpenAPI document (`node dist/apps/api/main.js openapi`)',
    process.execPath,
    ['dist/apps/api/main.js', 'openapi', file],
    env,
  );
  return JSON.parse(readFileSync(file, 'utf8'));
}

const directory = mkdtempSync(join(tmpdir(), 'dhr-openapi-'));
try {
  const generated = HEADER + astToString(await openapiTS(openApiDocument(directory)));
  if (!check) {
    writeFileSync(TARGET, generated);
    console.log(`Wrote ${TARGET}`);
  } else if ((existsSync(TARGET) ? readFileSync(TARGET, 'utf8') : '') !== generated) {
    console.error(
      `${TARGET} does not match the api's OpenAPI document: the api changed since it was generated.\n` +
        'Run `npm run openapi:generate` and commit the result.',
    );
    process.exitCode = 1;
  } else {
    console.log(`${TARGET} matches the api's OpenAPI document.`);
  }
} catch (error) {
  console.error(`openapi: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  rmSync(directory, { recursive: true, force: true });
}
