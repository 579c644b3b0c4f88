/**
 * Work that changes the layout on blur (a field's message) waits while a pointer is pressed.
 *
 * Pressing the mouse on a button blurs the field first; a message appearing then pushes the button
 * away from under the pointer and the release misses it, so the click is lost. GOV.UK validates on
 * submit for this reason. We keep validating on blur, but show the message once the pointer is up
 * and the click has been dispatched (a task after `pointerup`). Leaving a field with the keyboard
 * shows it at once.
 */
let pressed = false;
const queue: (() => void)[] = [];

function flush(): void {
  for (const run of queue.splice(0)) run();
}

function release(): void {
  if (!pressed) return;
  pressed = false;
  // `click` follows `pointerup` in the same task: run after it.
  setTimeout(flush, 0);
}

if (typeof window !== 'undefined') {
  window.addEventListener(
    'pointerdown',
    () => {
      pressed = true;
    },
    { capture: true, passive: true },
  );
  window.addEventListener('pointerup', release, { capture: true, passive: true });
  window.addEventListener('pointercancel', release, { capture: true, passive: true });
  window.addEventListener('blur', release);
}

/** Runs `work` now, or once the pressed pointer is released and its click dispatched. */
export function whenPointerReleased(work: () => void): void {
  if (pressed) queue.push(work);
  else work();
}
