import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '@dhr/platform-config';
import { SubjectIdentity } from '../domain/subject';

const ALGORITHM = 'aes-256-gcm';
const FORMAT = 'v1';

/**
 * Seals a subject's real identity with AES-256-GCM under IDENTITY_KEY, so that the database, its backups and
 * its logs hold only ciphertext. The subject id is bound in as associated data: a sealed identity copied onto
 * another subject's row does not open.
 */
@Injectable()
export class IdentitySeal {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(config.identityKey, 'base64');
  }

  seal(subjectId: string, identity: SubjectIdentity): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    cipher.setAAD(Buffer.from(subjectId));
    const data = Buffer.concat([cipher.update(JSON.stringify(identity), 'utf8'), cipher.final()]);
    return [FORMAT, iv, cipher.getAuthTag(), data]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
      .join('.');
  }

  open(subjectId: string, sealed: string): SubjectIdentity {
    const [format, iv, tag, data] = sealed.split('.');
    if (format !== FORMAT || !iv || !tag || !data)
      throw new Error('Sealed identity is not in a known format');
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(subjectId));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const json = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString(
      'utf8',
    );
    return JSON.parse(json) as SubjectIdentity;
  }
}
