import { HistogramExtractError } from './HistogramExtractError.js';
import { histogramMessages } from './histogram-messages.js';

/** A compiled run pattern: a regular expression whose one capture group is the run number. */
export interface RunPattern {
  text: string;
  /** The run a name gives, or undefined when it does not match or the group is not a whole number. */
  runOf(name: string): number | undefined;
}

/**
 * Compiles `text` (e.g. `(\d+)\.root$`, matched anywhere in the name unless
 * anchored). Throws HistogramExtractError for an invalid expression or one
 * without exactly one capture group.
 */
export function toRunPattern(text: string): RunPattern {
  let regex: RegExp;
  try {
    regex = new RegExp(text);
  } catch (error) {
    throw new HistogramExtractError(histogramMessages.badRunPattern(text, (error as Error).message));
  }
  const groups = new RegExp(`${text}|`).exec('')!.length - 1;
  if (groups !== 1) throw new HistogramExtractError(histogramMessages.runPatternGroups(text, groups));
  return {
    text,
    runOf(name) {
      const digits = regex.exec(name)?.[1];
      if (digits === undefined || !/^\d+$/.test(digits)) return undefined;
      const run = Number(digits);
      return Number.isSafeInteger(run) ? run : undefined;
    },
  };
}
