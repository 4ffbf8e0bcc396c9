/** Message text for problems while the dashboard runs (tests compare against these). */
export const appMessages = {
  redraw: (view: string, cause: string) =>
    `The charts of view "${view}" could not be redrawn: ${cause}. Reset the filters or reload the page; if it happens again, report it with the view file views/${view}.json.`,
  remount: (view: string, cause: string) =>
    `The charts of view "${view}" could not be redrawn at the new width: ${cause}. Reload the page; if it happens again, report it with the view file views/${view}.json.`,
} as const;
