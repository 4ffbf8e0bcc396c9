/**
 * Runs async tasks one at a time, in the order they were queued: a task starts
 * only after the previous one has settled (resolved or rejected). A task's
 * failure is passed to its caller and does not stop the queue.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private running = 0;
  private waiting = 0;

  /** Tasks queued and not yet started. */
  get pending(): number {
    return this.waiting;
  }

  /** True while a task runs. */
  get busy(): boolean {
    return this.running > 0;
  }

  /** Queues `task`; resolves or rejects with its result once it has run. */
  run<T>(task: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const result = this.tail.then(async () => {
      this.waiting -= 1;
      this.running += 1;
      try {
        return await task();
      } finally {
        this.running -= 1;
      }
    });
    this.tail = result.catch(() => undefined);
    return result;
  }
}
