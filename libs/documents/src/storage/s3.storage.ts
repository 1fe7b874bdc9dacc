import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { S3Config } from '@dhr/platform-config';
import { FileStorage } from './file-storage';
import { inParts } from './parts';

/** S3's smallest part is 5 MiB; larger parts mean fewer requests, at this much memory per upload. */
export const PART_BYTES = 8 * 1024 * 1024;

/**
 * S3 or an S3-compatible store (MinIO, Ceph). Credentials come from the standard AWS chain. S3 needs each
 * request's length up front, and an upload's is known only at its end, so content goes up in parts of known
 * size: one PutObject for a file that fits in a part, a multipart upload otherwise, aborted if anything fails.
 */
export class S3Storage implements FileStorage {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  static fromConfig(config: S3Config): S3Storage {
    const client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      // S3-compatible stores often reject the CRC checksum headers the SDK now sends by default
      ...(config.endpoint
        ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
        : {}),
    });
    return new S3Storage(client, config.bucket);
  }

  async put(key: string, content: AsyncIterable<Uint8Array>): Promise<void> {
    const parts = inParts(content, PART_BYTES);
    try {
      await this.putParts(key, parts);
    } finally {
      // stop reading the content if storing it failed part-way
      await parts.return(undefined);
    }
  }

  private async putParts(key: string, parts: AsyncGenerator<Buffer>): Promise<void> {
    const first = await parts.next();
    const body = first.done ? Buffer.alloc(0) : first.value;
    if (body.length < PART_BYTES) {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body }));
      return;
    }
    const { UploadId } = await this.client.send(
      new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key }),
    );
    if (!UploadId) throw new Error(`S3 started no multipart upload for ${key}`);
    try {
      const uploaded: { ETag: string | undefined; PartNumber: number }[] = [];
      for (let part = first; !part.done; part = await parts.next()) {
        const PartNumber = uploaded.length + 1;
        const { ETag } = await this.client.send(
          new UploadPartCommand({ Bucket: this.bucket, Key: key, UploadId, PartNumber, Body: part.value }),
        );
        uploaded.push({ ETag, PartNumber });
      }
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key: key,
          UploadId,
          MultipartUpload: { Parts: uploaded },
        }),
      );
    } catch (error) {
      // an unfinished multipart upload is stored (and charged for) until it is aborted
      await this.client
        .send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId }))
        .catch(() => undefined);
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!(object.Body instanceof Readable)) throw new Error(`S3 object ${key} has no readable body`);
    return object.Body;
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
