import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule, NotificationsWorkerModule } from '@dhr/notifications';
import { PartnershipsModule, PartnershipsWorkerModule } from '@dhr/partnerships';
import { RateLimitModule } from '@dhr/platform-http';
import { AuthService } from './application/auth.service';
import { Invitations } from './application/invitations';
import { Passwords } from './application/passwords';
import { SessionCheckService } from './application/session-check.service';
import { UserDirectory } from './application/user-directory';
import { UserProvisioning } from './application/user-provisioning';
import { UserService } from './application/user.service';
import { AuthController } from './http/auth.controller';
import { UsersController } from './http/users.controller';
import { LoginSessionEntity } from './persistence/login-session.entity';
import { PasswordTokenEntity } from './persistence/password-token.entity';
import { PasswordTokenRepository } from './persistence/password-token.repository';
import { RefreshTokenEntity } from './persistence/refresh-token.entity';
import { SessionRepository } from './persistence/session.repository';
import { UserEntity } from './persistence/user.entity';
import { UserRepository } from './persistence/user.repository';

const providers = [
  AuthService,
  UserService,
  UserProvisioning,
  UserDirectory,
  SessionCheckService,
  Passwords,
  Invitations,
  UserRepository,
  SessionRepository,
  PasswordTokenRepository,
];

export const IDENTITY_ENTITIES = [UserEntity, LoginSessionEntity, RefreshTokenEntity, PasswordTokenEntity];

@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    RateLimitModule,
    PartnershipsModule,
    NotificationsModule,
  ],
  controllers: [AuthController, UsersController],
  providers,
  exports: [SessionCheckService, UserService, UserDirectory],
})
export class IdentityModule {}

/** For the worker: provisioning (demo data, the first administrator) without the HTTP side. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), PartnershipsWorkerModule, NotificationsWorkerModule],
  providers: [UserProvisioning, UserDirectory, UserRepository, Passwords],
  exports: [UserProvisioning, UserDirectory],
})
export class IdentityWorkerModule {}
