import { declaredDocumentType, DocumentType, HEAD_BYTES, isDocumentType, startsLike } from './document-type';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x08, 0);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODT = 'application/vnd.oasis.opendocument.text';
const ODS = 'application/vnd.oasis.opendocument.spreadsheet';

/** The first bytes of an OpenDocument package: a zip whose first entry is "mimetype", stored. */
function openDocument(mimetype: string, options: { method?: number; extra?: number } = {}): Uint8Array {
  const header = new Uint8Array(30);
  header.set([0x50, 0x4b, 0x03, 0x04, 0x0a, 0]);
  header[8] = options.method ?? 0;
  header[26] = 8;
  header[28] = options.extra ?? 0;
  return Uint8Array.from([...header, ...text('mimetype'), ...new Uint8Array(options.extra ?? 0), ...text(mimetype)]);
}

describe('recognising a document type by its first bytes', () => {
  it.each<[string, DocumentType, Uint8Array, boolean]>([
    ['a PDF', 'application/pdf', text('%PDF-1.7\n%\xe2\xe3'), true],
    ['an executable claiming to be a PDF', 'application/pdf', bytes(0x4d, 0x5a, 0x90, 0), false],
    ['a PDF cut short before its signature ends', 'application/pdf', text('%PD'), false],
    ['a Word document (a zip)', DOCX, ZIP, true],
    ['an Excel workbook (a zip)', XLSX, ZIP, true],
    ['a PDF claiming to be a workbook', XLSX, text('%PDF-1.4'), false],
    ['an OpenDocument text', ODT, openDocument(ODT), true],
    ['an OpenDocument spreadsheet', ODS, openDocument(ODS), true],
    ['an OpenDocument text claiming to be a spreadsheet', ODS, openDocument(ODT), false],
    ['an OpenDocument text with an extra field', ODT, openDocument(ODT, { extra: 4 }), true],
    ['a zip whose mimetype entry is compressed', ODT, openDocument(ODT, { method: 8 }), false],
    ['a Word document claiming to be OpenDocument', ODT, ZIP, false],
    ['a PNG', 'image/png', PNG, true],
    ['a JPEG', 'image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), true],
    ['a PNG claiming to be a JPEG', 'image/jpeg', PNG, false],
    ['a CSV', 'text/csv', text('date,agency,event\n2013-08-14,SYP,Call out\n'), true],
    ['a text file in another alphabet', 'text/plain', text('Пояснение — «MA 1»'), true],
    ['binary claiming to be text', 'text/plain', bytes(0x4d, 0x5a, 0x00, 0x01), false],
  ])('%s: %s', (_case, type, head, matches) => {
    expect(startsLike(type, head)).toBe(matches);
  });

  it('needs no more than HEAD_BYTES to decide', () => {
    const longestSignature = openDocument(ODS, { extra: 100 });
    expect(longestSignature.length).toBeLessThanOrEqual(HEAD_BYTES);
    expect(startsLike(ODS, longestSignature)).toBe(true);
  });
});

describe('the type a file is declared as', () => {
  it.each<[string, string, DocumentType | undefined]>([
    ['application/pdf', 'report.pdf', 'application/pdf'],
    ['Application/PDF; name="report.pdf"', 'report.pdf', 'application/pdf'],
    [DOCX, 'IMR.docx', DOCX],
    ['text/csv; charset=utf-8', 'chronology.csv', 'text/csv'],
    ['application/csv', 'chronology.csv', 'text/csv'],
    ['image/jpg', 'scan.jpg', 'image/jpeg'],
    // Windows with Excel installed declares CSV files as an Excel type
    ['application/vnd.ms-excel', 'chronology.csv', 'text/csv'],
    ['application/vnd.ms-excel', 'old-workbook.xls', undefined],
    // nothing useful declared: the extension says what is claimed (the content is still checked)
    ['application/octet-stream', 'minutes.odt', ODT],
    ['', 'letter.PDF', 'application/pdf'],
    ['application/octet-stream', 'setup.exe', undefined],
    ['application/octet-stream', 'no-extension', undefined],
    // a declared type we do not accept is not rescued by the extension
    ['application/x-msdownload', 'report.pdf', undefined],
    ['text/html', 'page.txt', undefined],
    ['application/zip', 'bundle.docx', undefined],
  ])('%j named %j is %s', (declared, filename, type) => {
    expect(declaredDocumentType(declared, filename)).toBe(type);
  });

  it('knows only the listed types, not names inherited by every object', () => {
    expect(isDocumentType('application/pdf')).toBe(true);
    expect(isDocumentType('toString')).toBe(false);
    expect(declaredDocumentType('constructor', 'x.pdf')).toBeUndefined();
  });
});
