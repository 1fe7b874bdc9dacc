import { Controller, Get, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { APP_FILTER, APP_GUARD, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { PERMISSIONS, POLICY_KEY, PolicyGuard, Public, RoutePolicy } from '@dhr/platform-auth';
import { ProblemDetailsFilter } from '@dhr/platform-http';
import { startTestApi, TestApi } from '../support';

interface Route {
  route: string;
  policy: RoutePolicy | undefined;
}

/** Every handler of every controller in the application, with the policy the PolicyGuard would read. */
function routesOf(api: TestApi): Route[] {
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller) continue;
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name] as object;
        const path: unknown = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        routes.push({
          route: `${method} /${String(Reflect.getMetadata(PATH_METADATA, controller))}/${String(path)} (${controller.name}.${name})`,
          // what PolicyGuard reads: the handler's policy, else the controller's
          policy: Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, controller),
        });
      }
    }
  }
  return routes;
}

const isValidPolicy = (policy: RoutePolicy | undefined): boolean =>
  policy?.kind === 'public' ||
  policy?.kind === 'authenticated' ||
  (policy?.kind === 'permission' && (PERMISSIONS as readonly string[]).includes(policy.permission));

/** Deny by default: every route declares who may use it, and a route that does not is refused. */
describe('route policies', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('every route of the api declares a policy the guard understands', () => {
    const routes = routesOf(api);
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.filter((r) => !isValidPolicy(r.policy)).map((r) => r.route)).toEqual([]);
  });

  it('only sign-in, its companions and the system endpoints are public', () => {
    const publicRoutes = routesOf(api)
      .filter((r) => r.policy?.kind === 'public')
      .map((r) => r.route.split(' (')[0])
      .sort();
    expect(publicRoutes).toEqual([
      'GET /api/health',
      'GET /api/metrics',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/logout',
      'POST /api/v1/auth/refresh',
      'POST /api/v1/auth/set-password',
    ]);
  });

  describe('a route that forgot its policy', () => {
    @Controller('testing')
    class ForgetfulController {
      @Get('forgotten')
      forgotten(): { secret: string } {
        return { secret: 'the names of the family' };
      }

      @Get('open')
      @Public()
      open(): { ok: boolean } {
        return { ok: true };
      }
    }

    let app: NestFastifyApplication;

    beforeAll(async () => {
      const moduleRef = await Test.createTestingModule({
        controllers: [ForgetfulController],
        providers: [
          { provide: APP_GUARD, useClass: PolicyGuard },
          { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        ],
      }).compile();
      moduleRef.useLogger(false);
      app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
    });
    afterAll(() => app?.close());

    it('is refused with 403 before any token is looked at, while a declared one is served', async () => {
      const forgotten = await request(app.getHttpServer()).get('/testing/forgotten').expect(403);
      expect(forgotten.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(forgotten.body).toMatchObject({ code: 'no_policy' });
      expect(forgotten.text).not.toContain('the names of the family');
      await request(app.getHttpServer()).get('/testing/open').expect(200, { ok: true });
    });
  });
});
