import { Injectable } from '@nestjs/common';
import { PartnershipId, UserId } from '@dhr/platform-domain';
import { User } from '../domain/user';
import { UserRepository } from '../persistence/user.repository';

/** What other contexts may ask about users: who someone is, only within the asking partnership. */
@Injectable()
export class UserDirectory {
  constructor(private readonly users: UserRepository) {}

  /** The user, only if they belong to the partnership. */
  user(partnershipId: PartnershipId, id: UserId): Promise<User | undefined> {
    return this.users.find(partnershipId, id);
  }
}
