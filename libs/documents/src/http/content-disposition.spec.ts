import { contentDisposition } from './content-disposition';

describe('the Content-Disposition of a download', () => {
  it.each([
    ['Data sharing agreement.pdf', `attachment; filename="Data sharing agreement.pdf"; filename*=UTF-8''Data%20sharing%20agreement.pdf`],
    ['IMR – Police.docx', `attachment; filename="IMR _ Police.docx"; filename*=UTF-8''IMR%20%E2%80%93%20Police.docx`],
    ["Jo's (draft) v2*.pdf", `attachment; filename="Jo's (draft) v2*.pdf"; filename*=UTF-8''Jo%27s%20%28draft%29%20v2%2A.pdf`],
    ['100% back\\slash.txt', `attachment; filename="100_ back_slash.txt"; filename*=UTF-8''100%25%20back%5Cslash.txt`],
  ])('for %j is %s', (filename, header) => {
    expect(contentDisposition(filename)).toBe(header);
  });
});
