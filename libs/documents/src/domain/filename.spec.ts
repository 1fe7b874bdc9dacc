import { displayName, MAX_FILENAME_LENGTH } from './filename';

describe('the display name of a document', () => {
  it.each([
    ['IMR – South Yorkshire Police.pdf', 'IMR – South Yorkshire Police.pdf'],
    ['Overview Report v3.PDF', 'Overview Report v3.PDF'],
    ['../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\jo\\Desktop\\letter.pdf', 'letter.pdf'],
    ['bad"name<>|:*?.pdf', 'badname.pdf'],
    ['line\nbreak\r\n.pdf', 'line break.pdf'],
    ['bell\u0007 and delete\u007f.pdf', 'bell and delete.pdf'],
    ['tab\tand   spaces.pdf', 'tab and spaces.pdf'],
    // a right-to-left override would display "reportexe.pdf" for what is really an .exe name
    ['report\u202efdp.exe', 'reportfdp.exe.pdf'],
    ['.hidden.pdf', 'hidden.pdf'],
    ['..', 'document.pdf'],
    ['.pdf', 'document.pdf'],
    ['', 'document.pdf'],
    ['   ', 'document.pdf'],
    ['trailing dots...', 'trailing dots.pdf'],
  ])('%j becomes %j', (name, safe) => {
    expect(displayName(name, 'application/pdf')).toBe(safe);
  });

  it.each([
    ['report.exe', 'application/pdf', 'report.exe.pdf'],
    ['notes', 'text/plain', 'notes.txt'],
    ['scan.jpeg', 'image/jpeg', 'scan.jpeg'],
    ['scan.JPG', 'image/jpeg', 'scan.JPG'],
    ['scan.png', 'image/jpeg', 'scan.png.jpg'],
  ] as const)('%j holding %s is offered as %j', (name, type, safe) => {
    expect(displayName(name, type)).toBe(safe);
  });

  it('composes accents into single characters, as they are typed on another machine', () => {
    expect(displayName('Cafe\u0301.pdf', 'application/pdf')).toBe('Caf\u00e9.pdf');
  });

  it('shortens a long name to the limit, keeping its extension and never splitting a character', () => {
    const name = displayName(`${'😀'.repeat(300)}.pdf`, 'application/pdf');
    expect(Array.from(name)).toHaveLength(MAX_FILENAME_LENGTH);
    expect(name.endsWith('😀.pdf')).toBe(true);
    expect(name.isWellFormed()).toBe(true);
  });
});
