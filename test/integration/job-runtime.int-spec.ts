import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ConfigModule } from '@dhr/platform-config';
import { DatabaseModule } from '@dhr/platform-database';
import { defineJob, JobProcessor, ProcessesJob, QueueModule } from '@dhr/platform-queue';
import { testConfig } from '../support';

const ORPHAN = defineJob<Record<string, never>>('testing.orphan-job');
const TWICE = defineJob<Record<string, never>>('testing.twice-handled-job');

@Injectable()
@ProcessesJob(TWICE)
class FirstProcessor implements JobProcessor<Record<string, never>> {
  process(): Promise<void> {
    return Promise.resolve();
  }
}

@Injectable()
@ProcessesJob(TWICE)
class SecondProcessor implements JobProcessor<Record<string, never>> {
  process(): Promise<void> {
    return Promise.resolve();
  }
}

/** The worker refuses to start unless every defined job has exactly one processor. */
describe('the job runtime at start-up', () => {
  it('refuses a job with no processor, and one with two', async () => {
    @Module({
      imports: [ConfigModule.forRoot(testConfig()), DatabaseModule.forRoot(), QueueModule.forWorker([])],
      providers: [FirstProcessor, SecondProcessor],
    })
    class WorkerWithGaps {}
    const moduleRef = await Test.createTestingModule({ imports: [WorkerWithGaps] }).compile();
    moduleRef.useLogger(false);
    // compile() builds the module without starting it; init() runs the start-up checks
    await expect(moduleRef.init()).rejects.toThrow(
      new RegExp(
        `No processor for jobs: .*${ORPHAN.name}.*More than one processor for jobs: ${TWICE.name}\\. The worker will not start`,
      ),
    );
    await moduleRef.close();
  });
});
