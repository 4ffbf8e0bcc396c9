/**
 * Packs a date into ROOT's 4-byte TDatime word:
 * (year − 1995) << 26 | month << 22 | day << 17 | hour << 12 | minute << 6 | second.
 * ROOT stores local time; we take the UTC fields so the bytes never depend on the
 * machine's time zone. Years 1995–2058 fit; others throw a RangeError.
 */
export function toDatime(date: Date): number {
  const year = date.getUTCFullYear();
  if (!(year >= 1995 && year <= 2058)) throw new RangeError(`TDatime can store years 1995–2058, got ${String(date)}`);
  const packed =
    ((year - 1995) << 26) |
    ((date.getUTCMonth() + 1) << 22) |
    (date.getUTCDate() << 17) |
    (date.getUTCHours() << 12) |
    (date.getUTCMinutes() << 6) |
    date.getUTCSeconds();
  return packed >>> 0;
}
