import { STATUS_OF } from '@dhr/platform-http';
import { contentNotOfType, documentTooLarge, emptyFile, formatSize, unsupportedType } from './document.errors';

describe('document errors', () => {
  it.each([
    [900, '900 bytes'],
    [1024, '1 KB'],
    [64 * 1024, '64 KB'],
    [25 * 1024 * 1024, '25 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
    [1024 ** 3, '1 GB'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it('answer with the status and stable code clients rely on', () => {
    const answer = (error: ReturnType<typeof emptyFile>) => [STATUS_OF[error.kind], error.code];
    expect(answer(documentTooLarge(1024))).toEqual([413, 'too_large']);
    expect(answer(unsupportedType('application/x-msdownload'))).toEqual([415, 'unsupported_type']);
    expect(answer(contentNotOfType('application/pdf'))).toEqual([415, 'unsupported_type']);
    expect(answer(emptyFile())).toEqual([400, 'empty_file']);
  });

  it('say what is accepted', () => {
    expect(unsupportedType('application/x-msdownload; q=1').message).toBe(
      'Files of type application/x-msdownload cannot be attached. Attach a PDF, Word (DOCX), Excel (XLSX), ' +
        'OpenDocument text (ODT), OpenDocument spreadsheet (ODS), CSV, text (TXT), PNG, JPEG file.',
    );
  });
});
