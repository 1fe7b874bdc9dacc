import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipDirectory } from '@dhr/partnerships';
import { Actor, PartnershipActor, Role } from '@dhr/platform-auth';
import { Db, newId, Page } from '@dhr/platform-database';
import {
  AgencyId,
  assertVersion,
  DomainError,
  InvalidInputError,
  NotFoundError,
  PartnershipId,
  UserId,
} from '@dhr/platform-domain';
import { roleAssignmentProblems } from '../domain/role-assignment';
import { normaliseEmail, User } from '../domain/user';
import { SessionRepository } from '../persistence/session.repository';
import { UserChanges, UserFilter, UserRepository } from '../persistence/user.repository';
import { Invitations } from './invitations';

export interface NewUser {
  email: string;
  displayName: string;
  jobTitle?: string | null;
  agencyId?: AgencyId | null;
  roles: Role[];
}

/** The coordinator's management of their partnership's users; each new user is invited to set a password. */
@Injectable()
export class UserService {
  constructor(
    private readonly db: Db,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly directory: PartnershipDirectory,
    private readonly invitations: Invitations,
    private readonly audit: AuditLog,
  ) {}

  list(actor: PartnershipActor, filter: UserFilter, limit: number, cursor?: string): Promise<Page<User>> {
    return this.users.list(actor.partnershipId, filter, limit, cursor);
  }

  async get(actor: PartnershipActor, id: UserId): Promise<User> {
    const user = await this.users.find(actor.partnershipId, id);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  /** The signed-in user's own record (any partnership, or none for a system administrator). */
  async me(actor: Actor): Promise<User> {
    const user = await this.users.byId(actor.userId);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  invite(actor: PartnershipActor, input: NewUser): Promise<User> {
    return this.create(actor, actor.partnershipId, input);
  }

  /** A system administrator sets up a partnership's first coordinator. */
  async inviteCoordinator(
    actor: Actor,
    partnershipId: PartnershipId,
    input: Omit<NewUser, 'roles' | 'agencyId'>,
  ): Promise<User> {
    if (!(await this.directory.partnership(partnershipId))) throw new NotFoundError('Partnership');
    return this.create(actor, partnershipId, {
      ...input,
      roles: ['partnership_coordinator'],
      agencyId: null,
    });
  }

  update(actor: PartnershipActor, id: UserId, expectedVersion: number, changes: UserChanges): Promise<User> {
    return this.db.transaction(async () => {
      const before = await this.users.findForUpdate(actor.partnershipId, id);
      if (!before) throw new NotFoundError('User');
      assertVersion('This user', before.version, expectedVersion);
      const roles = changes.roles ?? before.roles;
      const agencyId = changes.agencyId === undefined ? before.agencyId : changes.agencyId;
      await this.assertAssignable(actor.partnershipId, roles, agencyId);
      if (
        id === actor.userId &&
        (changes.status === 'deactivated' || (changes.roles && !roles.includes('partnership_coordinator')))
      ) {
        throw new DomainError(
          'rule_violated',
          'cannot_demote_self',
          'You cannot deactivate yourself or remove your own coordinator role.',
        );
      }
      if (changes.status === 'invited' && before.status !== 'invited') {
        throw new InvalidInputError([
          { field: 'status', message: 'A user can be made active or deactivated, not invited again' },
        ]);
      }
      if (changes.status === 'active' && before.status === 'invited') {
        throw new InvalidInputError([
          { field: 'status', message: 'An invited user becomes active by setting a password' },
        ]);
      }
      const after = await this.users.update(actor.partnershipId, id, changes);
      const accessChanged =
        changes.status === 'deactivated' || changes.roles !== undefined || changes.agencyId !== undefined;
      // roles live in access tokens: end the user's sessions so the change applies at once
      if (accessChanged) await this.sessions.revokeAllOf(id, 'access_changed');
      await this.audit.record(actor, {
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  resendInvitation(actor: PartnershipActor, id: UserId): Promise<User> {
    return this.db.transaction(async () => {
      const user = await this.users.findForUpdate(actor.partnershipId, id);
      if (!user) throw new NotFoundError('User');
      if (user.status !== 'invited') {
        throw new DomainError('rule_violated', 'not_invited', 'This user has already set a password.');
      }
      await this.invitations.send(
        user,
        (await this.directory.partnership(actor.partnershipId))?.name ?? null,
      );
      await this.audit.record(actor, { action: 'user.invitation-sent', entityType: 'user', entityId: id });
      return user;
    });
  }

  private create(actor: Actor, partnershipId: PartnershipId, input: NewUser): Promise<User> {
    return this.db.transaction(async () => {
      const email = normaliseEmail(input.email);
      const agencyId = input.agencyId ?? null;
      await this.assertAssignable(partnershipId, input.roles, agencyId);
      if (await this.users.emailTaken(email)) {
        throw new DomainError('conflict', 'email_taken', 'A user with this email address already exists.', [
          { field: 'email', message: 'A user with this email address already exists' },
        ]);
      }
      const user = await this.users.insert({
        id: newId() as UserId,
        partnershipId,
        agencyId,
        email,
        displayName: input.displayName.trim(),
        jobTitle: input.jobTitle?.trim() || null,
        roles: [...new Set(input.roles)],
        status: 'invited',
      });
      await this.invitations.send(user, (await this.directory.partnership(partnershipId))?.name ?? null);
      await this.audit.record(actor, {
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        after: user,
        partnershipId,
      });
      return user;
    });
  }

  private async assertAssignable(
    partnershipId: PartnershipId,
    roles: Role[],
    agencyId: AgencyId | null,
  ): Promise<void> {
    const problems = roleAssignmentProblems(roles, agencyId);
    if (agencyId && !(await this.directory.agency(partnershipId, agencyId))) {
      problems.push({ field: 'agencyId', message: 'Choose an agency of this partnership' });
    }
    if (problems.length > 0) throw new InvalidInputError(problems);
  }
}
