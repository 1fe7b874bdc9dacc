import type { IncomingFile } from '@dhr/documents';

const LINE_LENGTH = 90;

/**
 * A demo document as it would arrive from a browser: a one-page PDF holding a title and a few paragraphs, so
 * that a downloaded demo report opens in any reader. Plain ASCII only (the standard Helvetica font).
 */
export function demoPdf(filename: string, title: string, paragraphs: string[]): IncomingFile {
  const bytes = Buffer.from(pdfOf(title, paragraphs), 'latin1');
  return {
    filename,
    contentType: 'application/pdf',
    content: (async function* () {
      yield bytes;
    })(),
  };
}

function pdfOf(title: string, paragraphs: string[]): string {
  const lines = paragraphs.flatMap((paragraph) => [...wrapped(ascii(paragraph)), '']);
  const text = [
    'BT',
    `/F1 15 Tf 56 780 Td (${escaped(ascii(title))}) Tj`,
    '/F1 10 Tf 0 -26 Td',
    ...lines.map((line) => `(${escaped(line)}) Tj 0 -14 Td`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

function wrapped(paragraph: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > LINE_LENGTH) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function ascii(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e]/g, '');
}

function escaped(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}
