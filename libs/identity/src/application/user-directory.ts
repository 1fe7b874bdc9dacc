import { Injectable } from '@nestjs/common';
import { Role } from '@dhr/platform-auth';
import { PartnershipId, UserId } from '@dhr/platform-domain';
import { User } from '../domain/user';
import { UserRepository } from '../persistence/user.repository';

/** What other contexts may ask about users: who someone is, only within the asking partnership. */
@Injectable()
export class UserDirectory {
  constructor(private readonly users: UserRepository) {}

  /** The partnership's active users holding the role (at most 200: a partnership has a handful per role). */
  async activeWithRole(partnershipId: PartnershipId, role: Role): Promise<User[]> {
    return (await this.users.list(partnershipId, { role, status: 'active' }, 200)).items;
  }

  /** The user, only if they belong to the partnership. */
  user(partnershipId: PartnershipId, id: UserId): Promise<User | undefined> {
    return this.users.find(partnershipId, id);
  }
}
