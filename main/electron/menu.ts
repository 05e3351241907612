import { Menu, type MenuItemConstructorOptions } from 'electron';

/** A small menu: the standard edit roles (copy/paste need them on macOS) and Lock. */
export function installAppMenu(lockNow: () => void): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'Journal',
      submenu: [
        { label: 'Lock', accelerator: 'CmdOrCtrl+L', click: lockNow },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
