/** What a permalink lost on the way in (tests compare against these). */
export const permalinkMessages = {
  tooLong: (part: string, length: number, max: number) => `its "${part}" part (${length} characters, more than ${max})`,
  notJson: (part: string) => `its "${part}" part (not JSON)`,
  notObject: (part: string) => `its "${part}" part (not an object of named entries)`,
  tooMany: (part: string, count: number, max: number) => `${count - max} entries of its "${part}" part beyond the first ${max}`,
  unknownChart: (chart: string) => `the filter of chart "${chart}" (the view has no such chart)`,
  badClause: (chart: string, reason: string) => `the filter of chart "${chart}" (${reason})`,
  malformedClause: () => 'not a well-formed filter: names as text, finite numbers, the low end first',
  unknownStatus: (value: string, statuses: readonly string[]) => `"${value}" is not a run status (${statuses.join(', ')})`,
  unknownUiField: (field: string) => `the setting "${field}" (not a setting of this version)`,
  badUiField: (field: string) => `the setting "${field}" (not a value it can take)`,
  /** The status line after opening a link that lost parts. */
  opened: (dropped: readonly string[]) =>
    `This link was opened without ${dropped.join('; ')}. The rest of it is applied; copy a new link to share what you see now.`,
} as const;
