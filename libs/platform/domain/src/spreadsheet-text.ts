/**
 * A spreadsheet opening a CSV runs text starting =, +, - or @ (or a tab or carriage return) as a formula: a
 * leading apostrophe keeps it text.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
