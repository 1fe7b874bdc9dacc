import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { Actor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { DomainError, NotFoundError, PartnershipId } from '@dhr/platform-domain';
import { Partnership } from '../domain/partnership';
import { PartnershipRepository } from '../persistence/partnership.repository';

export interface NewPartnership {
  name: string;
  referencePrefix: string;
}

/** Setting up tenants: the system administrator's job. */
@Injectable()
export class PartnershipService {
  constructor(
    private readonly db: Db,
    private readonly partnerships: PartnershipRepository,
    private readonly audit: AuditLog,
  ) {}

  list(): Promise<Partnership[]> {
    return this.partnerships.list();
  }

  async get(id: PartnershipId): Promise<Partnership> {
    const partnership = await this.partnerships.find(id);
    if (!partnership) throw new NotFoundError('Partnership');
    return partnership;
  }

  create(actor: Actor, input: NewPartnership): Promise<Partnership> {
    return this.db.transaction(async () => {
      if (await this.partnerships.findByName(input.name)) {
        throw new DomainError(
          'conflict',
          'partnership_exists',
          `A partnership called "${input.name}" already exists.`,
        );
      }
      const partnership = await this.partnerships.insert({ id: newId() as PartnershipId, ...input });
      await this.audit.record(actor, {
        action: 'partnership.created',
        entityType: 'partnership',
        entityId: partnership.id,
        after: partnership,
        partnershipId: partnership.id,
      });
      return partnership;
    });
  }
}
