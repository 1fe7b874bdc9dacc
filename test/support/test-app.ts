import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { AppConfig, loadConfig } from '@dhr/platform-config';
import { migrateDatabase } from '@dhr/platform-database';
// black-box tests drive the api exactly as its main.ts composes it
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp } from '../../apps/api/src/app/create-app';

/** The configuration of this test run (a fresh database and Redis prefix; see global-setup). */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({ ...process.env, ...overrides });
}

export interface TestApi {
  app: NestFastifyApplication;
  http: TestAgent;
  config: AppConfig;
  close(): Promise<void>;
}

/** The real api, in process, on the run's database: what a client sees, minus the network. */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const config = testConfig(overrides);
  await migrateDatabase(config.databaseUrl);
  const app = await createApp(config);
  return { app, http: request(app.getHttpServer()), config, close: () => app.close() };
}
