import { Injectable } from '@nestjs/common';
import { Role } from '@dhr/platform-auth';
import { Db, decodeCursor, isUuid, Page, toPage } from '@dhr/platform-database';
import { AgencyId, PartnershipId, UserId } from '@dhr/platform-domain';
import { LoginFailures } from '../domain/lockout';
import { User, UserStatus } from '../domain/user';
import { UserEntity } from './user.entity';

export interface UserFilter {
  role?: Role;
  agencyId?: AgencyId;
  status?: UserStatus;
}

export type UserChanges = Partial<Pick<User, 'displayName' | 'jobTitle' | 'roles' | 'agencyId' | 'status'>>;

/** A user with what only sign-in needs to see. */
export interface Credentials {
  user: User;
  passwordHash: string | null;
  failures: LoginFailures;
}

@Injectable()
export class UserRepository {
  constructor(private readonly db: Db) {}

  async find(partnershipId: PartnershipId, id: UserId): Promise<User | undefined> {
    const row = await this.db.repository(UserEntity).findOneBy({ partnershipId, id });
    return row ? toUser(row) : undefined;
  }

  async findForUpdate(partnershipId: PartnershipId, id: UserId): Promise<User | undefined> {
    const row = await this.db
      .repository(UserEntity)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.partnership_id = :partnershipId AND u.id = :id', { partnershipId, id })
      .getOne();
    return row ? toUser(row) : undefined;
  }

  async list(
    partnershipId: PartnershipId,
    filter: UserFilter,
    limit: number,
    cursor?: string,
  ): Promise<Page<User>> {
    const query = this.db
      .repository(UserEntity)
      .createQueryBuilder('u')
      .where('u.partnership_id = :partnershipId', { partnershipId })
      .orderBy('u.id', 'ASC')
      .take(limit + 1);
    if (filter.role) query.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.agencyId) query.andWhere('u.agency_id = :agencyId', { agencyId: filter.agencyId });
    if (filter.status) query.andWhere('u.status = :status', { status: filter.status });
    const after = decodeCursor(cursor, isUuid);
    if (after) query.andWhere('u.id > :after', { after });
    return toPage((await query.getMany()).map(toUser), limit, (user) => user.id);
  }

  async emailTaken(email: string): Promise<boolean> {
    return this.db.repository(UserEntity).existsBy({ email });
  }

  async insert(user: Omit<User, 'version'>): Promise<User> {
    await this.db.repository(UserEntity).insert({ ...user, version: 1, passwordHash: null });
    return { ...user, version: 1 };
  }

  async update(partnershipId: PartnershipId, id: UserId, changes: UserChanges): Promise<User> {
    const repository = this.db.repository(UserEntity);
    await repository
      .createQueryBuilder()
      .update()
      .set({ ...changes, version: () => 'version + 1' })
      .where('partnership_id = :partnershipId AND id = :id', { partnershipId, id })
      .execute();
    return toUser(await repository.findOneByOrFail({ partnershipId, id }));
  }

  // --- sign-in: by nature across partnerships, since a user signs in before we know where they belong

  async credentialsByEmail(email: string, lock: boolean): Promise<Credentials | undefined> {
    const query = this.db.repository(UserEntity).createQueryBuilder('u').where('u.email = :email', { email });
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    return row ? toCredentials(row) : undefined;
  }

  async byId(id: UserId): Promise<User | undefined> {
    const row = await this.db.repository(UserEntity).findOneBy({ id });
    return row ? toUser(row) : undefined;
  }

  async recordFailures(id: UserId, failures: LoginFailures): Promise<void> {
    await this.db
      .repository(UserEntity)
      .update({ id }, { failedLoginCount: failures.failedCount, lockedUntil: failures.lockedUntil });
  }

  async recordLogin(id: UserId, at: Date): Promise<void> {
    await this.db
      .repository(UserEntity)
      .update({ id }, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: at });
  }

  async setPassword(id: UserId, passwordHash: string): Promise<void> {
    await this.db
      .repository(UserEntity)
      .createQueryBuilder()
      .update()
      .set({
        passwordHash,
        status: 'active',
        failedLoginCount: 0,
        lockedUntil: null,
        version: () => 'version + 1',
      })
      .where('id = :id', { id })
      .execute();
  }
}

function toUser(row: UserEntity): User {
  return {
    id: row.id as UserId,
    partnershipId: row.partnershipId as PartnershipId | null,
    agencyId: row.agencyId as AgencyId | null,
    email: row.email,
    displayName: row.displayName,
    jobTitle: row.jobTitle,
    roles: row.roles as Role[],
    status: row.status as UserStatus,
    version: row.version,
  };
}

function toCredentials(row: UserEntity): Credentials {
  return {
    user: toUser(row),
    passwordHash: row.passwordHash,
    failures: { failedCount: row.failedLoginCount, lockedUntil: row.lockedUntil },
  };
}
