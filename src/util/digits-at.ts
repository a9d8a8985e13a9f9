/**
 * The number written by the ASCII digits `text[start..end)`, or -1 when one of them is not a digit
 * (date and time fields read without a regex and without `Date`).
 *
 * @example
 * digitsAt("2026-03-01", 5, 7) // 3
 * digitsAt("2026-0x-01", 5, 7) // -1
 */
export function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}
