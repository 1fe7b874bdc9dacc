import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const BUILT_WORKER = 'dist/apps/worker/main.js';

/** The built worker (`node dist/apps/worker/main.js run`) as a child process, with its output kept. */
export class WorkerProcess {
  output = '';
  readonly exited: Promise<void>;
  private readonly child: ChildProcess;
  private alive = true;

  constructor(env: Record<string, string>) {
    if (!existsSync(BUILT_WORKER)) {
      throw new Error(`${BUILT_WORKER} is missing: build it with \`npx nx build worker\` (npm test does)`);
    }
    this.child = spawn(process.execPath, [BUILT_WORKER, 'run'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) =>
      this.child.once('exit', () => {
        this.alive = false;
        running.delete(this);
        resolve();
      }),
    );
    running.add(this);
  }

  get isAlive(): boolean {
    return this.alive;
  }

  /** Freezes the process where it is (SIGSTOP), so its effects can be compared with its output. */
  pause(): void {
    this.child.kill('SIGSTOP');
  }

  resume(): void {
    this.child.kill('SIGCONT');
  }

  /** A crash: no shutdown hook runs, nothing is flushed. */
  async kill(): Promise<void> {
    if (this.alive) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** A graceful stop (SIGTERM); killed if it has not exited within the time allowed. */
  async stop(timeoutMs = 10_000): Promise<'stopped' | 'killed'> {
    if (!this.alive) return 'stopped';
    this.child.kill('SIGCONT');
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      this.exited.then(() => 'stopped' as const),
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (outcome === 'stopped') return outcome;
    await this.kill();
    return 'killed';
  }
}

const running = new Set<WorkerProcess>();
// a test run that ends abruptly must not leave workers behind, consuming the next run's queues
process.once('exit', () => {
  for (const worker of running) if (worker.isAlive) void worker.kill();
});
