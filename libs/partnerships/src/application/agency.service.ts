import { Injectable } from '@nestjs/common';
import { AuditLog } from '@dhr/audit';
import { PartnershipActor } from '@dhr/platform-auth';
import { Db, newId } from '@dhr/platform-database';
import { AgencyId, assertVersion, DomainError, NotFoundError } from '@dhr/platform-domain';
import { AgencyType } from '../domain/agency-type';
import { Agency } from '../domain/partnership';
import { AgencyChanges, AgencyRepository } from '../persistence/agency.repository';

export interface NewAgency {
  name: string;
  shortName?: string | null;
  type: AgencyType;
}

/** The coordinator's directory of the organisations taking part in the partnership's reviews. */
@Injectable()
export class AgencyService {
  constructor(
    private readonly db: Db,
    private readonly agencies: AgencyRepository,
    private readonly audit: AuditLog,
  ) {}

  list(actor: PartnershipActor, includeInactive = false): Promise<Agency[]> {
    return this.agencies.list(actor.partnershipId, includeInactive);
  }

  async get(actor: PartnershipActor, id: AgencyId): Promise<Agency> {
    const agency = await this.agencies.find(actor.partnershipId, id);
    if (!agency) throw new NotFoundError('Agency');
    return agency;
  }

  create(actor: PartnershipActor, input: NewAgency): Promise<Agency> {
    return this.db.transaction(async () => {
      await this.assertNameFree(actor, input.name);
      const agency = await this.agencies.insert({
        id: newId() as AgencyId,
        partnershipId: actor.partnershipId,
        name: input.name.trim(),
        shortName: input.shortName?.trim() || null,
        type: input.type,
        active: true,
      });
      await this.audit.record(actor, {
        action: 'agency.created',
        entityType: 'agency',
        entityId: agency.id,
        after: agency,
      });
      return agency;
    });
  }

  update(
    actor: PartnershipActor,
    id: AgencyId,
    expectedVersion: number,
    changes: AgencyChanges,
  ): Promise<Agency> {
    return this.db.transaction(async () => {
      const before = await this.agencies.findForUpdate(actor.partnershipId, id);
      if (!before) throw new NotFoundError('Agency');
      assertVersion('This agency', before.version, expectedVersion);
      if (changes.name && changes.name.toLowerCase() !== before.name.toLowerCase()) {
        await this.assertNameFree(actor, changes.name);
      }
      const after = await this.agencies.update(actor.partnershipId, id, changes);
      await this.audit.record(actor, {
        action: 'agency.updated',
        entityType: 'agency',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  private async assertNameFree(actor: PartnershipActor, name: string): Promise<void> {
    if (await this.agencies.findByName(actor.partnershipId, name.trim())) {
      throw new DomainError('conflict', 'agency_exists', `An agency called "${name.trim()}" already exists.`);
    }
  }
}
