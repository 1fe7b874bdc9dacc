import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { Actor, Role } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { AgencyId, InvalidInputError, PartnershipId, UserId } from '@dhr/platform-domain';
import { passwordProblems } from '../domain/password-policy';
import { normaliseEmail, User } from '../domain/user';
import { UserRepository } from '../persistence/user.repository';
import { Passwords } from './passwords';

export interface ProvisionedUser {
  email: string;
  displayName: string;
  jobTitle?: string | null;
  partnershipId: PartnershipId | null;
  agencyId: AgencyId | null;
  roles: Role[];
  password: string;
}

/**
 * Accounts made by the system rather than by a coordinator: the first system administrator of an
 * installation, and the demo users. Idempotent by email: an existing account is left as it is.
 */
@Injectable()
export class UserProvisioning {
  constructor(
    private readonly db: Db,
    private readonly users: UserRepository,
    private readonly passwords: Passwords,
    private readonly audit: AuditLog,
  ) {}

  ensureActiveUser(actor: Actor, input: ProvisionedUser): Promise<{ user: User; created: boolean }> {
    return this.db.transaction(async () => {
      const email = normaliseEmail(input.email);
      const existing = await this.users.credentialsByEmail(email, true);
      if (existing) return { user: existing.user, created: false };
      const problems = passwordProblems(input.password, email);
      if (problems.length > 0)
        throw new InvalidInputError(problems.map((message) => ({ field: 'password', message })));
      const user = await this.users.insert({
        id: newId() as UserId,
        partnershipId: input.partnershipId,
        agencyId: input.agencyId,
        email,
        displayName: input.displayName,
        jobTitle: input.jobTitle ?? null,
        roles: input.roles,
        status: 'invited',
      });
      await this.users.setPassword(user.id, await this.passwords.hash(input.password));
      const active = { ...user, status: 'active' as const, version: 2 };
      await this.audit.record(actor, {
        action: 'user.provisioned',
        entityType: 'user',
        entityId: user.id,
        after: active,
        partnershipId: input.partnershipId,
      });
      return { user: active, created: true };
    });
  }
}
