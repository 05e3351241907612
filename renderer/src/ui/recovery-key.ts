/** Helpers for showing, saving and checking the recovery key in the renderer. */

/** The key's groups as printed (split on spaces and dashes); a key without separators in fours. */
export function recoveryKeyGroups(recoveryKey: string): string[] {
  const groups = recoveryKey
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (groups.length > 1) return groups;
  return recoveryKey.trim().match(/.{1,4}/g) ?? [];
}

/** Which group the user types back to check their copy: never the first, which is the easiest to remember. */
export function pickGroupToCheck(recoveryKey: string): number {
  const count = recoveryKeyGroups(recoveryKey).length;
  if (count <= 1) return 1;
  return 2 + Math.floor(Math.random() * (count - 1));
}

/** Compares what the user typed with a part of the key, forgiving case, spaces and dashes. */
export function sameKeyText(typed: string, expected: string): boolean {
  const normalise = (text: string) => text.replace(/[\s-]+/g, '').toUpperCase();
  return normalise(typed).length > 0 && normalise(typed) === normalise(expected);
}

/** The text file the user saves: the key, and what it is for, in plain words. */
export function recoveryKeyFileText(recoveryKey: string, createdOn: string): string {
  return [
    'Interlude recovery key',
    '',
    recoveryKey,
    '',
    `Created on ${createdOn}.`,
    '',
    'If you ever forget your passphrase, this key opens your journal, and you then choose a new passphrase.',
    'Nobody else can recover your journal for you: without your passphrase or this key it cannot be opened.',
    'Keep it somewhere private and safe, away from this computer: printed on paper, or in a password manager.',
    'Anyone who has this key and your journal file can read your journal.',
    '',
  ].join('\n');
}

/** Saves text as a file the user downloads, through a temporary object URL (no network, no data: URL). */
export function saveTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking at once can cancel it in some engines.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies text to the clipboard. The async Clipboard API may be refused (the app's session grants
 * no permissions), so the classic copy command on a hidden field is the fallback.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.className = 'visually-hidden';
    document.body.append(field);
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}
