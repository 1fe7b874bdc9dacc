import { SetMetadata } from '@nestjs/common';
import { Permission } from '../domain/permissions';

export const POLICY_KEY = 'dhr:policy';

/** How a route is authorised. Every route declares one; a route without one is refused. */
export type RoutePolicy =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; permission: Permission };

/** Open to anyone, signed in or not (sign-in itself, health). */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies RoutePolicy);

/** Any signed-in user; the service decides what they may see (e.g. their own profile). */
export const SignedIn = () => SetMetadata(POLICY_KEY, { kind: 'authenticated' } satisfies RoutePolicy);

/** Signed in and holding a role that grants the permission. */
export const Allow = (permission: Permission) =>
  SetMetadata(POLICY_KEY, { kind: 'permission', permission } satisfies RoutePolicy);
