import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs a command to completion, inheriting output; rejects on a non-zero exit. */
export function run(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`)),
    );
  });
}

/** The projects to build: the web app only once it exists. */
export function buildProjects() {
  return existsSync('apps/web/project.json') ? 'api,worker,web' : 'api,worker';
}

export function build() {
  return run('npx', [
    'nx',
    'run-many',
    '-t',
    'build',
    `--projects=${buildProjects()}`,
    '--output-style=static',
  ]);
}
