import { createHash } from 'node:crypto';
import { contentNotOfType, documentTooLarge, emptyFile } from '../domain/document.errors';
import { DocumentType, HEAD_BYTES, isTextType, startsLike } from '../domain/document-type';

export interface InspectedContent {
  sizeBytes: number;
  /** lower-case hex */
  sha256: string;
}

/**
 * Checks a file while it streams to storage, so that no upload is ever held in memory whole. It must start
 * like its declared type (no byte is passed on before that is known), a text file must hold no NUL byte
 * anywhere, and it must be neither empty nor over the size limit. Its SHA-256 and size are known at the end.
 */
export class ContentInspection {
  private readonly hash = createHash('sha256');
  private sizeBytes = 0;
  private inspected: InspectedContent | undefined;

  constructor(
    private readonly type: DocumentType,
    private readonly maxBytes: number,
  ) {}

  /** The content, passed through once each check it needs has succeeded; throws the first failure. */
  async *inspect(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    let head: Uint8Array[] | undefined = [];
    let headBytes = 0;
    for await (const chunk of source) {
      this.take(chunk);
      if (head === undefined) {
        yield chunk;
        continue;
      }
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes >= HEAD_BYTES) {
        this.confirmType(head);
        yield* head;
        head = undefined;
      }
    }
    if (this.sizeBytes === 0) throw emptyFile();
    if (head !== undefined) {
      this.confirmType(head);
      yield* head;
    }
    this.inspected = { sizeBytes: this.sizeBytes, sha256: this.hash.digest('hex') };
  }

  /** Size and checksum, once the whole content has passed inspection. */
  result(): InspectedContent {
    if (!this.inspected) throw new Error('The content has not been inspected to its end');
    return this.inspected;
  }

  private take(chunk: Uint8Array): void {
    this.sizeBytes += chunk.length;
    if (this.sizeBytes > this.maxBytes) throw documentTooLarge(this.maxBytes);
    if (isTextType(this.type) && chunk.includes(0)) throw contentNotOfType(this.type);
    this.hash.update(chunk);
  }

  private confirmType(head: Uint8Array[]): void {
    if (!startsLike(this.type, Buffer.concat(head).subarray(0, HEAD_BYTES))) throw contentNotOfType(this.type);
  }
}
