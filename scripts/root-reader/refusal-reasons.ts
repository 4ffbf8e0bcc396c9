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
  charArray: (rootType: string, leafTitle: string) =>
    `fixed-size ${rootType} array ${leafTitle}: jsroot returns it as a string, not numbers; store it as Short_t or Int_t`,
  packedFloat: (rootType: string) =>
    `${rootType} leaf (packed float): jsroot 7.11.2 cannot read it; store Float_t or Double_t`,
  unsupportedLeaf: (className: string) => `leaf class ${className} is not supported`,
  textInLeafList: () => 'char* leaf inside a leaf list: strings are read only from a branch of their own',
  textArray: (leafTitle: string) => `char* leaf with dimensions ${leafTitle} is not supported`,
  uint64AboveInt64: (entry: number, value: bigint) =>
    `ULong64_t value ${value} at entry ${entry} is above 2^63-1 and cannot be stored as a signed 64-bit integer`,
  embeddedInt64: () =>
    '64-bit leaf whose baskets are stored inside the TTree record: the reader decodes 64-bit values only from basket records',
  basketLayout: (basket: number, detail: string) => `basket ${basket}: ${detail}`,
  jsrootFailed: (detail: string) => `jsroot could not read it: ${detail}`,
  jsrootValue: (entry: number, got: string) => `jsroot returned ${got} at entry ${entry} instead of a value`,
} as const;
