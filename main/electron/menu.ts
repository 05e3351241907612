import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * A small menu: the standard edit roles (copy/paste need them on macOS), Lock, and the device
 * setting for spell-check dictionaries where there is one (see spellcheck.ts).
 */
export function installAppMenu(
  lockNow: () => void,
  spellcheckItem: MenuItemConstructorOptions | null = null,
): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'Journal',
      submenu: [
        // The shortcut is shown but not registered: the renderer handles Ctrl/Cmd+L itself. A click
        // here goes through the renderer too (lockNow), so the draft being typed is saved first.
        { label: 'Lock', accelerator: 'CmdOrCtrl+L', registerAccelerator: false, click: lockNow },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    spellcheckItem
      ? {
          label: 'Edit',
          submenu: [
            { role: 'undo' },
            { role: 'redo' },
            { type: 'separator' },
            { role: 'cut' },
            { role: 'copy' },
            { role: 'paste' },
            { role: 'selectAll' },
            { type: 'separator' },
            spellcheckItem,
          ],
        }
      : { role: 'editMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
