/**
 * How counts are written, the same in main's messages and on screen. Digits are grouped the Indian way
 * ("1,00,000") whatever the computer's own locale: Exotel accounts are Indian by default, the people running them
 * read lakhs, and a number main wrote into a message must look the same as that number in a tile beside it.
 */
export const COUNT_LOCALE = 'en-IN';

const grouped = new Intl.NumberFormat(COUNT_LOCALE, { maximumFractionDigits: 0 });

/** "12,000", "1,00,000". */
export function formatCount(value: number): string {
  return grouped.format(value);
}

/** The noun alone, for a screen that sets the figure apart from it: "number", "numbers". */
export function nounOf(value: number, one: string, many = `${one}s`): string {
  return value === 1 ? one : many;
}

/** "1 empty line", "12,000 empty lines": the noun agrees with the count. */
export function countOf(value: number, one: string, many = `${one}s`): string {
  return `${formatCount(value)} ${nounOf(value, one, many)}`;
}
