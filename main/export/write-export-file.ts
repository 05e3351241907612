import writeFileAtomic from 'write-file-atomic';
import { InterludeError } from '../../shared/errors.ts';

/** Exports are the user's own words in the clear: readable by the user only. */
export const EXPORT_FILE_MODE = 0o600;

/** Writes an export file atomically (never a half-written file), owner-readable only. */
export async function writeExportFile(filePath: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(filePath, typeof content === 'string' ? content : Buffer.from(content), {
      mode: EXPORT_FILE_MODE,
    });
  } catch (error) {
    throw new InterludeError(
      'IO_ERROR',
      'The export could not be saved there. Check that the folder exists and that you may write to it.',
      { cause: error },
    );
  }
}
