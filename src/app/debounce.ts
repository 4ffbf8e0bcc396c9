/** A call that waits until no new call has come for `delayMs`, then runs `run` with the latest argument. */
export interface Debounced<T> {
  call(value: T): void;
  cancel(): void;
}

export function debounce<T>(run: (value: T) => void, delayMs: number): Debounced<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    call(value) {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        run(value);
      }, delayMs);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
