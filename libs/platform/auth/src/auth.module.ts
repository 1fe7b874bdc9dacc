import { DynamicModule, Global, Module, Provider, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { JwtStrategy } from './http/jwt.strategy';
import { PolicyGuard } from './http/policy.guard';
import { SESSION_CHECK, SessionCheck } from './http/session-check';

@Global()
@Module({})
export class AuthModule {
  /** `sessionCheck` comes from the identity context, which owns sessions. */
  static forRoot(options: {
    imports: DynamicModule['imports'];
    sessionCheck: Type<SessionCheck>;
  }): DynamicModule {
    const sessionCheck: Provider = { provide: SESSION_CHECK, useExisting: options.sessionCheck };
    return {
      module: AuthModule,
      imports: [
        ...(options.imports ?? []),
        PassportModule,
        JwtModule.registerAsync({
          global: true,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            secret: config.authSecret,
            signOptions: { algorithm: 'HS256', expiresIn: config.accessTokenTtlSeconds },
          }),
        }),
      ],
      providers: [sessionCheck, JwtStrategy, { provide: APP_GUARD, useClass: PolicyGuard }],
      exports: [JwtModule, SESSION_CHECK],
    };
  }
}
