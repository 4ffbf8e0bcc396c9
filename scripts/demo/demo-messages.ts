/** Every message of make:demo, one function each; tests compare against these. */
export const demoMessages = {
  usage: () => 'usage: tsx scripts/make-demo.ts [--out DIR] [--runs N] [--seed S] [--qa subset|all|none]',
  unknownOption: (option: string) => `make-demo: unknown option "${option}": ${demoMessages.usage()}`,
  missingValue: (option: string) => `make-demo: option ${option} needs a value: ${demoMessages.usage()}`,
  badRuns: (value: string) => `make-demo: --runs "${value}" is not valid: give a whole number of runs from 1 to 10000000`,
  badSeed: (value: string) => `make-demo: --seed "${value}" is not valid: give a whole number from 0 to 4294967295`,
  badQa: (value: string) => `make-demo: --qa "${value}" is not valid: give subset (the committed QA files), all (one per run) or none`,
  wroteQa: (folder: string, files: number, bytes: number) =>
    `wrote ${files.toLocaleString('en-US')} QA files to ${folder} (${bytes.toLocaleString('en-US')} bytes)`,
  removedStale: (path: string) => `removed ${path} (no longer in the QA plan)`,
  wrote: (path: string, bytes: number) => `wrote ${path} (${bytes.toLocaleString('en-US')} bytes)`,
  writeFailed: (path: string, cause: string) => `make-demo: could not write ${path}: ${cause}; check that the folder is writable`,
} as const;
