/** @dvc-kit/sdk: the typed portal client. Every public name is listed here; `src/internal/` is private. */
export const SDK_VERSION = '0.0.0';
