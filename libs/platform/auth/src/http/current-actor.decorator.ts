import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Actor } from '../domain/actor';

/** The signed-in actor, as established by the PolicyGuard. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor }>().user;
  if (!actor) throw new Error('CurrentActor used on a route without a signed-in policy');
  return actor;
});
