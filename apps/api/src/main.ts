import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { ConfigError, loadConfig } from '@dhr/platform-config';
import { migrateDatabase } from '@dhr/platform-database';
import { createApp } from './app/create-app';
import { openApiDocument } from './app/openapi';

/** `main.js` serves; `main.js openapi <file>` writes the OpenAPI document and exits. */
async function main(): Promise<void> {
  const config = loadConfig();
  const [command = 'serve', file] = process.argv.slice(2);
  if (command === 'openapi') {
    const app = await createApp(config, { connect: false });
    writeFileSync(file ?? 'openapi.json', `${JSON.stringify(openApiDocument(app), null, 2)}\n`);
    await app.close();
    return;
  }
  // every process migrates at start-up; an advisory lock lets only one of them do the work
  await migrateDatabase(config.databaseUrl);
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen({ port: config.port, host: '0.0.0.0' });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
