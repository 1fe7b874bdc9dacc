import { AppConfig } from '@dhr/platform-config';
import { IdentitySeal } from './identity-seal';

const sealWith = (key: Buffer) => new IdentitySeal({ identityKey: key.toString('base64') } as AppConfig);
const identity = { fullName: 'Alex Example', otherNames: null, dateOfBirth: '1960-02-29', address: null };

describe('IdentitySeal', () => {
  const seal = sealWith(Buffer.alloc(32, 1));

  it('opens what it sealed, and the sealed text shows nothing of the identity', () => {
    const sealed = seal.seal('subject-1', identity);
    expect(sealed).not.toContain('Alex');
    expect(Buffer.from(sealed.split('.')[3]!, 'base64').toString('latin1')).not.toContain('Alex');
    expect(seal.open('subject-1', sealed)).toEqual(identity);
  });

  it('seals the same identity differently each time', () => {
    expect(seal.seal('subject-1', identity)).not.toBe(seal.seal('subject-1', identity));
  });

  it('refuses a sealed identity moved onto another subject', () => {
    expect(() => seal.open('subject-2', seal.seal('subject-1', identity))).toThrow();
  });

  it('refuses a sealed identity opened with another key, or altered', () => {
    const sealed = seal.seal('subject-1', identity);
    expect(() => sealWith(Buffer.alloc(32, 2)).open('subject-1', sealed)).toThrow();
    const [format, iv, tag, data] = sealed.split('.');
    const altered = Buffer.from(data!, 'base64');
    altered[0] = altered[0]! ^ 1;
    expect(() => seal.open('subject-1', [format, iv, tag, altered.toString('base64')].join('.'))).toThrow();
  });
});
