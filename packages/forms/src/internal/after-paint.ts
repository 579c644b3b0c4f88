/**
 * Waiting for the browser to paint: work that the first render does not need (compiling the data
 * model's validator) starts once the frame with the form has been painted, and after what the page
 * itself does then, so it never delays the first paint
 * (docs/decisions/0021-first-paint-before-the-compiler.md).
 */

interface PostTask {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/** A task after the tasks already queued: a background-priority task where the browser has them. */
function laterTask(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    void scheduler.postTask(callback, { priority: 'background' });
  else setTimeout(callback, 0);
}

/**
 * Resolves after the next frame is painted (an animation frame, then a background task). A page
 * that is not visible paints no frame: then it resolves in such a task at once.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const task = (): void => {
      laterTask(resolve);
    };
    if (document.visibilityState === 'visible') requestAnimationFrame(task);
    else task();
  });
}
