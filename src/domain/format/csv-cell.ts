// Spreadsheet programs run a CSV cell that starts with "=", "+", "-", "@", a tab or a
// carriage return as a formula (CSV injection: =HYPERLINK(…), +cmd|…). Every text cell
// of every CSV the product writes goes through neutraliseCsvText, which puts an
// apostrophe in front (the spreadsheet then shows the text as typed); numbers are
// written as numbers and never touched, so -15.000.000 in a money column stays a number.
// The importer undoes it (restoreCsvText), so an export read back is unchanged.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Removes the apostrophe neutraliseCsvText added; any other text is returned as is. */
export function restoreCsvText(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
