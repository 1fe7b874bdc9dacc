import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '@dhr/platform-config';
import { problem } from '@dhr/platform-http';

/**
 * Serves the built web app at `/`. Files are served as they are; any other GET outside /api and /admin is a
 * page of the single-page app, so it gets index.html.
 */
export async function mountWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const index = join(config.webDistDir, 'index.html');
  const built = existsSync(index);
  if (built) {
    await app.register(fastifyStatic, {
      root: config.webDistDir,
      prefix: '/',
      wildcard: false,
      index: false,
    });
  }
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith('/api/') || path.startsWith('/admin/')) {
      return reply
        .status(404)
        .header('content-type', 'application/problem+json')
        .send({
          ...problem(404, 'not_found', `There is nothing at ${path}.`),
          instance: path,
          requestId: request.id,
        });
    }
    if (!built) {
      return reply
        .status(503)
        .type('text/plain')
        .send('The web app has not been built: run `npm run build`.');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
