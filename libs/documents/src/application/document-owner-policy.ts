import { PartnershipActor } from '@dhr/platform-auth';

/**
 * How the context that owns a kind of record decides who may see and change the documents attached to one of
 * its records: documents are authorised like the record. Both answers are false when the record does not
 * exist in the actor's partnership, which is reported as 404, never 403, so that nothing reveals another
 * partnership's records. canWrite is asked only once canRead has said yes.
 */
export interface DocumentOwnerPolicy {
  canRead(actor: PartnershipActor, ownerId: string): Promise<boolean>;
  canWrite(actor: PartnershipActor, ownerId: string): Promise<boolean>;
}
