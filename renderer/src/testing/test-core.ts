/** The controls of the real core behind `window.interlude` in renderer tests (vitest.renderer-setup.ts). */
import type { TestCoreControls } from '../../../shared/testing/test-core-controls.ts';

export type { SeedEntry, TestCoreControls } from '../../../shared/testing/test-core-controls.ts';

/** The current test's core. */
export function testCore(): TestCoreControls {
  const controls = (window as unknown as { __interludeTestCore?: TestCoreControls }).__interludeTestCore;
  if (!controls) throw new Error('No test core: renderer tests run with vitest.renderer-setup.ts.');
  return controls;
}
