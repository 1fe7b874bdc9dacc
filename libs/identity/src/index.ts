export * from './domain/user';
export * from './application/user.service';
export * from './application/session-check.service';
export * from './application/user-provisioning';
export * from './application/user-directory';
export * from './identity.module';
