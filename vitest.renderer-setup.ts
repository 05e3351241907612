/**
 * Renderer tests: before each test, `window.interlude` is a fresh real core (see
 * main/core/testing/in-process-core.ts); the test reaches its controls through
 * renderer/src/testing/test-core.ts.
 */
import { configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { createInProcessCore, type InProcessCore } from './main/core/testing/in-process-core.ts';

let current: InProcessCore | null = null;

// The core really writes and syncs files: on a busy machine a screen may take a few seconds to settle.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  current = await createInProcessCore();
  Object.defineProperty(globalThis, 'interlude', { value: current.api, configurable: true });
  Object.defineProperty(globalThis, '__interludeTestCore', { value: current.controls, configurable: true });
});

afterEach(async () => {
  await current?.dispose();
  current = null;
});
