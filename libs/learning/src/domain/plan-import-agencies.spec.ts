import { actionFingerprint, aliasKey, fingerprintReference } from './plan-import-agencies';

describe('aliasKey', () => {
  it.each([
    ['WP', 'wp'],
    ['  West   Police ', 'west police'],
    ['Ｗｅｓｔ Police', 'west police'],
    ['H&NS', 'h&ns'],
  ])('reads %j as %j', (name, key) => {
    expect(aliasKey(name)).toBe(key);
  });

  it('gives one key to names that differ only in spaces and capitals', () => {
    expect(aliasKey('Wyvern  Housing')).toBe(aliasKey('WYVERN HOUSING'));
    expect(aliasKey('Wyvern Housing')).not.toBe(aliasKey('Wyvern Homes'));
  });
});

describe('fingerprintReference', () => {
  it('is the same for the same text and agency, and differs for another agency', () => {
    const a = fingerprintReference(actionFingerprint('Train staff in DASH', 'agency-1'));
    expect(fingerprintReference(actionFingerprint('Train staff in DASH', 'agency-1'))).toBe(a);
    expect(fingerprintReference(actionFingerprint('Train staff in DASH', 'agency-2'))).not.toBe(a);
    expect(a.length).toBeLessThanOrEqual(30);
  });
});
