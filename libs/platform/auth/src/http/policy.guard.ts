import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@dhr/platform-domain';
import { Actor } from '../domain/actor';
import { hasPermission } from '../domain/permissions';
import { POLICY_KEY, RoutePolicy } from './policy.decorator';

/**
 * The single gate in front of every route: deny by default. A route with no declared policy is refused;
 * otherwise the bearer token is verified (passport-jwt), and the permission looked up.
 */
@Injectable()
export class PolicyGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no policy`);
      throw new DomainError('forbidden', 'no_policy', 'This route is not available.');
    }
    if (policy.kind === 'public') return true;

    await super.canActivate(context);
    const actor = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor }>().user;
    if (!actor) throw unauthenticated();
    if (policy.kind === 'permission' && !hasPermission(actor.roles, policy.permission)) {
      throw new DomainError('forbidden', 'forbidden', 'You do not have permission to do this.');
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error || !user) throw unauthenticated();
    return user;
  }
}

function unauthenticated(): DomainError {
  return new DomainError('unauthenticated', 'unauthenticated', 'Sign in to continue.');
}
