import { TestApi } from './test-app';

/** A small PDF carrying the text, so that no two uploads are the same file. */
export function pdf(text: string): Buffer {
  return Buffer.concat([Buffer.from(`%PDF-1.7\n% ${text}\n`), Buffer.alloc(512, 0x20)]);
}

/** Uploads `${name}.pdf` to its owner (a review, an agency...) as the bearer of `authorization`; its id. */
export async function givenUploadedPdf(
  api: TestApi,
  authorization: string,
  ownerType: string,
  ownerId: string,
  name: string,
): Promise<string> {
  const uploaded = await api.http
    .post(`/api/v1/documents?ownerType=${ownerType}&ownerId=${ownerId}`)
    .set('authorization', authorization)
    .attach('file', pdf(name), { filename: `${name}.pdf`, contentType: 'application/pdf' })
    .expect(201);
  return uploaded.body.id as string;
}
