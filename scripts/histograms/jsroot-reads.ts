import { catchLostRejections, type Guarded } from '../root-reader/catch-lost-rejections.js';
import { SerialQueue } from './SerialQueue.js';

/**
 * The one queue every histogram read with jsroot goes through. It is
 * process-wide on purpose: catchLostRejections swaps the process's
 * 'unhandledRejection' listeners for the duration of a read, so two reads
 * that overlap (even from two extractions running at once) would restore
 * each other's listeners wrongly. Queuing makes overlap impossible.
 */
export const JSROOT_READS = new SerialQueue();

/** Runs `read` alone (after every earlier queued read), catching rejections jsroot drops meanwhile. */
export function readWithJsrootAlone<T>(read: () => Promise<T>): Promise<Guarded<T>> {
  return JSROOT_READS.run(() => catchLostRejections(read));
}
