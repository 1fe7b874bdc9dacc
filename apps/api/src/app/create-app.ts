import { NestFactory } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@dhr/platform-config';
import { createValidationPipe } from '@dhr/platform-http';
import { Metrics, requestIdFor } from '@dhr/platform-observability';
import { mountQueueDashboard } from './admin/queue-dashboard';
import { AppModule } from './app.module';
import { mountOpenApi } from './openapi';
import { mountWebApp } from './web-app';

export interface CreateAppOptions {
  /** false: build the routes without touching the database or Redis (for writing the OpenAPI document) */
  connect?: boolean;
}

/** The api, configured: used by main.ts and by the end-to-end tests alike. */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const connect = options.connect ?? true;
  const adapter = new FastifyAdapter({
    genReqId: (raw: IncomingMessage) => requestIdFor(raw),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: connect,
    logger: connect ? undefined : false,
    preview: !connect,
    abortOnError: false,
  });
  if (connect) app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());

  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    hsts: config.environment === 'production',
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.documents.maxBytes, files: 1, fields: 10 },
  });

  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  if (connect) {
    const metrics = app.get(Metrics);
    fastify.addHook('onResponse', async (request, reply) => {
      metrics.httpDuration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
    });
    await mountQueueDashboard(app, config);
  }
  mountOpenApi(app);
  await mountWebApp(app, config);
  await app.init();
  await fastify.ready();
  return app;
}
