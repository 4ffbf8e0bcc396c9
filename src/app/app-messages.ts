/** Message text for problems while the dashboard runs (tests compare against these). */
export const appMessages = {
  redraw: (view: string, cause: string) =>
    `The charts of view "${view}" could not be redrawn: ${cause}. Reset the filters or reload the page; if it happens again, report it with the view file views/${view}.json.`,
  remount: (view: string, cause: string) =>
    `The charts of view "${view}" could not be redrawn at the new width: ${cause}. Reload the page; if it happens again, report it with the view file views/${view}.json.`,
  siteFileStatus: (url: string, status: number) =>
    `Could not fetch ${url}: the server answered HTTP ${status}. Serve the site built by \`npm run build\` (or run \`npm start\`), and reload.`,
  siteFileNetwork: (url: string, cause: string) => `Could not fetch ${url}: ${cause}. Check that the page is served over http(s) and reload.`,
  badSiteIndex: (url: string) => `${url} is not a RunLens site index. Rebuild the site with \`npm run build\`.`,
  noViews: () => 'The site has no view files. Add one to views/ (see CONTRIBUTING.md) and rebuild.',
  linkCopied: () => 'Link copied',
  copyLinkByHand: () => 'Press Ctrl+C (⌘C) to copy the selected link',
  exportFailed: (chart: string, cause: string) => `Chart "${chart}" could not be exported: ${cause}. Try the other format, or a screenshot.`,
  columnsHeading: (count: number) => `The data's ${count} column${count === 1 ? '' : 's'} (name, type, title)`,
  /** What the progress line names while a view's columns load (`Loading column files: 1.2 of 3.4 MB`). */
  columnFiles: 'column files',
} as const;
