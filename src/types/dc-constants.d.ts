/** dc exports `constants` (src/core/constants.js) but @types/dc does not declare it. */
import 'dc';

declare module 'dc' {
  interface Base {
    constants: {
      /** Delay (ms) dc waits after a brush event before filtering; 0 = at once. */
      EVENT_DELAY: number;
    };
  }
}
