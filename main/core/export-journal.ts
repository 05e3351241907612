import type { ApiParsedArg } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import type { JournalService } from '../journal/journal-service.ts';
import type { Vault } from '../vault/vault.ts';
import type { CorePlatform } from './platform.ts';

export interface ExportContext {
  journal: JournalService;
  vault: Vault;
  platform: CorePlatform;
  now: () => Date;
}

/** Builds the chosen export and saves it where the user says. */
export async function exportJournal(
  _context: ExportContext,
  _options: ApiParsedArg<'exportJournal'>,
): Promise<{ path: string }> {
  throw new InterludeError('INTERNAL', 'Export is not available yet.');
}
