/** "1 empty line", "12,000 empty lines": the noun agrees with the count wherever main writes one. */
export function countOf(value: number, one: string, many = `${one}s`): string {
  return `${value.toLocaleString('en-IN')} ${value === 1 ? one : many}`;
}
