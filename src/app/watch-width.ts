/**
 * Calls `onChange` once the width of `element` has changed and the window has
 * stopped resizing for `delayMs`. Returns a function that stops watching.
 */
export function watchWidth(element: HTMLElement, onChange: () => void, delayMs = 200): () => void {
  let width = element.clientWidth;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    if (element.clientWidth === width) return;
    width = element.clientWidth;
    onChange();
  };
  const listener = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(check, delayMs);
  };
  window.addEventListener('resize', listener);
  return () => {
    window.removeEventListener('resize', listener);
    if (timer !== undefined) clearTimeout(timer);
  };
}
