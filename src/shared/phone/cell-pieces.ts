/** How a number cell that holds more than one number is cut up; light enough for the window's bundle. */

// Google writes several numbers of one contact as "a ::: b"; people use " / ", ";" or a line break.
export const SEPARATORS = / ::: |\s\/\s|;|\r\n|\n|\r/;
export const SEPARATORS_WITH_COMMA = / ::: |\s\/\s|;|\r\n|\n|\r|,/;
/** An extension after the number: "ext. 12", "x201", "#5", "доб. 3". */
const EXTENSION_WORD = /^(.*\d)[\s,]*(?:ext\.?|extn\.?|extension|x|#|доб\.?)\s*(\d{1,6})\s*$/iu;
/** Or a short second group after a number written without spaces: "3055322900 201" (not "98765 43210 98765"). */
const EXTENSION_GROUP = /^(\+?\d[\d().-]*\d)\s+(\d{1,5})$/;

/** The number and the extension after it, or null when the cell has none. */
export function cutExtension(cell: string): { number: string; extension: string } | null {
  const found = EXTENSION_WORD.exec(cell) ?? EXTENSION_GROUP.exec(cell.trim());
  return found ? { number: found[1] ?? '', extension: found[2] ?? '' } : null;
}

/** The numbers a cell holds, as the reader splits it; one piece for a cell of one number. */
export function splitNumbers(raw: string, separators: RegExp = SEPARATORS_WITH_COMMA): string[] {
  return raw
    .split(separators)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}

/** What follows the number in a cell whose extension was left out, e.g. "201" of "3055322900 x201". */
export function extensionOf(raw: string): string | null {
  return cutExtension(raw.trim())?.extension ?? null;
}

/** Splitting as the reader of a sheet with this delimiter does, for words about a cell. */
export function separatorsFor(delimiter: string | undefined): RegExp {
  return delimiter === ',' ? SEPARATORS : SEPARATORS_WITH_COMMA;
}
