/**
 * Every reason the reader gives for not reading a branch, in one place, so
 * tests compare against these functions rather than copied text.
 */
export const refusalReasons = {
  objectBranch: (className: string) =>
    `object, STL or TString branch (${className}): only plain leaves are read; flatten it into numeric branches when writing the tree`,
  subBranches: (count: number) =>
    `branch with ${count} sub-branches (a split object): only plain leaves are read`,
  noLeaves: () => 'branch has no leaves',
  variableArray: (leafTitle: string) =>
    `variable-size array ${leafTitle}: a run would need a varying number of columns; store fixed-size arrays or scalars`,
  packedFloat: (rootType: string) =>
    `${rootType} leaf (packed float): not supported, the reader does not unpack it; store Float_t or Double_t`,
  unsupportedLeaf: (className: string) => `leaf class ${className} is not supported`,
  textInLeafList: () => 'char* leaf inside a leaf list: strings are read only from a branch of their own',
  textArray: (leafTitle: string) => `char* leaf with dimensions ${leafTitle} is not supported`,
  uint64AboveInt64: (entry: number, value: bigint) =>
    `ULong64_t value ${value} at entry ${entry} is above 2^63-1 and cannot be stored as a signed 64-bit integer`,
  valueSize: (rootType: string, stored: number, expected: number) =>
    `${rootType} leaf stores ${stored}-byte values, not ${expected}: not supported`,
  leafLength: (leafTitle: string, len: number) =>
    `leaf ${leafTitle} says ${len} values per entry, which its dimensions do not give: not supported`,
  tooManyValues: (leafTitle: string, max: number) =>
    `leaf ${leafTitle} holds more than ${max} values per entry, one column each: not supported`,
  otherEntries: (branch: number, tree: number) =>
    `the branch holds ${branch} entries, its tree ${tree}: not supported, only branches filled with their tree are read (one entry per run)`,
} as const;
