import type { InterludeApi } from '../../shared/api.ts';

declare global {
  interface Window {
    /** The one API the preload exposes (or the e2e bridge installs). */
    readonly interlude: InterludeApi;
  }
}
