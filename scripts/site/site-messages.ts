/** Message text for the site config, the view checks in Node and `npm start` (tests compare against these). */
export const siteMessages = {
  configMissing: (file: string) => `${file}: no such site config file (named by RUNLENS_CONFIG). Create it or unset RUNLENS_CONFIG.`,
  configNotJson: (file: string, why: string) => `${file} is not valid JSON: ${why}`,
  configInvalid: (file: string, lines: readonly string[]) =>
    `${file} has ${lines.length} problem${lines.length === 1 ? '' : 's'} (see runlens.config.schema.json):\n  ${lines.join('\n  ')}`,
  badBase: (base: string, from: string) =>
    `${from}: base "${base}" must be "./" or an absolute path ending in "/" such as "/runlens/"`,
  badViewName: (file: string) => `${file}: a view's file name must be letters, digits, "-" and "_" (it goes into addresses as ?view=<name>)`,
  unknownDefaultView: (view: string, file: string, known: readonly string[]) =>
    `${file}: defaultView "${view}" is not a view (views: ${known.join(', ') || 'none'})`,
  noData: (dir: string) =>
    `no data set in ${dir} (no manifest.json): the views were checked without their columns. Build it first: npm run build:data (or npm start).`,
  badHistogramIndex: (file: string, why: string) => `${file} is not a RunLens histogram index (${why}); rebuild the data with npm run build:data`,
  badManifest: (file: string, why: string) => `${file} is not a RunLens data manifest (${why}); rebuild the data with npm run build:data`,
  badColumnFile: (file: string, column: string, why: string) => `${file} is not the column file of "${column}" (${why}); rebuild the data with npm run build:data`,
  viewsHaveProblems: (problems: number, files: number) =>
    `${problems} problem${problems === 1 ? '' : 's'} in ${files} view file${files === 1 ? '' : 's'}; fix them (npm run check:views lists them all)`,
} as const;
