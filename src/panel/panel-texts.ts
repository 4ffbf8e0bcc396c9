/** Texts the run panel shows and tests read. */
export const panelTexts = {
  heading: (run: number) => `Run ${run}`,
  previous: '◀ Previous run',
  next: 'Next run ▶',
  close: 'Close',
  /** Where the run sits in the selection: `12 of 340 selected runs`, or `not in the selection (340 selected runs)`. */
  position: (at: number, selected: number) => (at > 0 ? `${at} of ${selected} selected runs` : `not in the selection (${selected} selected runs)`),
  status: (status: string) => `status: ${status}`,
  unknownRun: (run: number) => `Run ${run} is not in the data (runlens.sqlite): choose a run from a chart.`,
  loading: (run: number) => `Loading the values of run ${run} (runlens.sqlite)…`,
} as const;
