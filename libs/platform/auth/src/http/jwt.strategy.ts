import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { Actor } from '../domain/actor';
import { isRole } from '../domain/roles';
import { AccessTokenClaims } from './access-token';
import { SESSION_CHECK, SessionCheck } from './session-check';

/** Bearer access tokens: verified, then the session is checked live so sign-out takes effect at once. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(SESSION_CHECK) private readonly sessions: SessionCheck,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.authSecret,
      algorithms: ['HS256'],
      passReqToCallback: true,
    });
  }

  async validate(request: FastifyRequest, claims: AccessTokenClaims): Promise<Actor | false> {
    if (!(await this.sessions.isLive(claims.sid, claims.sub))) return false;
    return {
      userId: claims.sub,
      partnershipId: claims.pid,
      agencyId: claims.aid,
      roles: claims.roles.filter(isRole),
      sessionId: claims.sid,
      requestId: String(request.id),
    };
  }
}
