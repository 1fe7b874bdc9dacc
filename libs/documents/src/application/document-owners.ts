import { Injectable } from '@nestjs/common';
import { InvalidInputError } from '@dhr/platform-domain';
import { DocumentOwnerPolicy } from './document-owner-policy';

/** The form an owner type takes in URLs (`?ownerType=review`) and in the document table. */
export const OWNER_TYPE_FORMAT = /^[a-z][a-z-]{0,39}$/;

/**
 * The kinds of record documents can be attached to, each with its owner's policy. A context registers its own
 * kinds when it starts, so this library never imports the contexts that use it:
 *
 *   @Module({ imports: [DocumentOwnersModule], providers: [ReviewDocumentsPolicy] })
 *   // in ReviewDocumentsPolicy: onModuleInit() { this.owners.register('review', this); }
 */
@Injectable()
export class DocumentOwners {
  private readonly policies = new Map<string, DocumentOwnerPolicy>();

  register(ownerType: string, policy: DocumentOwnerPolicy): void {
    if (!OWNER_TYPE_FORMAT.test(ownerType)) {
      throw new Error(`Document owner type "${ownerType}" must be lower-case letters and hyphens, at most 40`);
    }
    if (this.policies.has(ownerType)) throw new Error(`Document owner type "${ownerType}" is registered twice`);
    this.policies.set(ownerType, policy);
  }

  /** The policy of the owner type; an unknown type is the client's mistake (400, naming the field). */
  policyFor(ownerType: string): DocumentOwnerPolicy {
    const policy = this.policies.get(ownerType);
    if (!policy) {
      throw new InvalidInputError([
        { field: 'ownerType', message: `must be one of ${[...this.policies.keys()].sort().join(', ')}` },
      ]);
    }
    return policy;
  }
}
