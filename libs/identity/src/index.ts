export * from './domain/user';
export * from './application/user.service';
export * from './application/session-check.service';
export * from './application/user-provisioning';
export * from './identity.module';
