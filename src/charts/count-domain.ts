/** Domain of a count axis: [0, the largest count], at least [0, 1] so that all-zero counts still draw a sane axis. */
export function countDomain(counts: readonly { value: number }[]): [number, number] {
  let max = 1;
  for (const { value } of counts) if (value > max) max = value;
  return [0, max];
}
