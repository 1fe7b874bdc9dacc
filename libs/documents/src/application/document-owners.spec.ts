import { DomainError } from '@dhr/platform-domain';
import { DocumentOwnerPolicy } from './document-owner-policy';
import { DocumentOwners } from './document-owners';

const everyone: DocumentOwnerPolicy = { canRead: async () => true, canWrite: async () => true };

describe('the owner types documents can be attached to', () => {
  it('gives each registered type its own policy', () => {
    const owners = new DocumentOwners();
    const reviews: DocumentOwnerPolicy = { canRead: async () => false, canWrite: async () => false };
    owners.register('agency', everyone);
    owners.register('review', reviews);
    expect(owners.policyFor('agency')).toBe(everyone);
    expect(owners.policyFor('review')).toBe(reviews);
  });

  it('answers an unknown type as a field error that lists the known ones', () => {
    const owners = new DocumentOwners();
    owners.register('review', everyone);
    owners.register('agency', everyone);
    const error = (() => {
      try {
        owners.policyFor('spaceship');
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('no error');
    })();
    expect(error.kind).toBe('invalid');
    expect(error.fieldProblems).toEqual([{ field: 'ownerType', message: 'must be one of agency, review' }]);
  });

  it('refuses a type registered twice: two contexts cannot both own a kind of record', () => {
    const owners = new DocumentOwners();
    owners.register('review', everyone);
    expect(() => owners.register('review', everyone)).toThrow(/registered twice/);
  });

  it.each(['Review', 'review_action', '', 'a'.repeat(41), '1st'])('refuses the type name %j', (name) => {
    expect(() => new DocumentOwners().register(name, everyone)).toThrow(/lower-case letters and hyphens/);
  });
});
