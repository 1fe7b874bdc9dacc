import { Injectable, OnModuleInit } from '@nestjs/common';
import { PartnershipDirectory } from '@dhr/partnerships';
import { can, PartnershipActor } from '@dhr/platform-auth';
import { AgencyId } from '@dhr/platform-domain';
import { DocumentOwnerPolicy } from './document-owner-policy';
import { DocumentOwners } from './document-owners';

/**
 * Documents of an agency (a data-sharing agreement, say), authorised like the agency itself: whoever may see
 * the partnership's agencies reads them; coordinators attach and remove them. The partnerships context owns
 * agencies but knows nothing of documents, so the policy lives here, asking its public directory.
 */
@Injectable()
export class AgencyDocumentsPolicy implements DocumentOwnerPolicy, OnModuleInit {
  constructor(
    private readonly directory: PartnershipDirectory,
    private readonly owners: DocumentOwners,
  ) {}

  onModuleInit(): void {
    this.owners.register('agency', this);
  }

  async canRead(actor: PartnershipActor, agencyId: string): Promise<boolean> {
    return can(actor, 'agencies.read') && (await this.exists(actor, agencyId));
  }

  async canWrite(actor: PartnershipActor, agencyId: string): Promise<boolean> {
    return can(actor, 'documents.manage') && (await this.exists(actor, agencyId));
  }

  private async exists(actor: PartnershipActor, agencyId: string): Promise<boolean> {
    return (await this.directory.agency(actor.partnershipId, agencyId as AgencyId)) !== undefined;
  }
}
