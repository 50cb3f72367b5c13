import type { ChaperoneApi } from '../main/shared/api-contract.ts';

declare global {
  interface Window {
    /** The preload's API (preload/index.ts); the renderer's only way out of its sandbox. */
    readonly chaperone: ChaperoneApi;
  }
}

export const chaperone = (): ChaperoneApi => window.chaperone;
