/** The core as the benchmarks run it: a real vault file, a host that neither prints nor saves exports. */
import { type Core, createCore } from '../main/core/create-core.ts';
import { InterludeError } from '../shared/errors.ts';

export function benchCore(vaultPath: string): Core {
  return createCore({
    vaultPath,
    appVersion: 'bench',
    platform: {
      chooseExportPath: async () => null,
      printPdf: async () => {
        throw new InterludeError('INTERNAL', 'The benchmarks do not print.');
      },
      notifyLocked: () => {},
    },
  });
}
