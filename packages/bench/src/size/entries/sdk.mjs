// The sdk's client (@dvc-kit/sdk, main entry, as built).
export { createClient } from '@dvc-kit/sdk';
