/**
 * The tray icon that keeps Interlude reachable after its window is closed, when the user chose
 * that in Settings. It offers only "Open Interlude" and "Quit": nothing from the journal.
 */
import { Menu, nativeImage, Tray } from 'electron';

/** A 32 px ring in the app's accent colour, drawn once and kept here so no file has to ship. */
const TRAY_ICON_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA6klEQVR42u2XuxHDIAyGKTSA96D3Dp4hK6RmAobgUmQVz+KOIbiLVajw+SIFCD6pcPE3HJI+JB7CPZ5vpyl3AzQazKiIWlEZVUiZxiLNGQ6wUIBPpVayGQKQGgKflf4BmBpXLWVj6gEYEfwI0QSQBgYXy8FtOMnRhgoojwKSp7Hth+1SAyCl/kUBucwBzakuxbdzLgWvPbYSxCwBRCHt0AAAQjmiBMClP3Rcs6GmDGejzBj5DgDP+MoSQGGMoAMAGF/FNIB6CdQ3ofoxVL+I1K9iE4+R+nNsoiEx0ZKpN6Vm2nITH5P7b3iZdtEBCnI7BrZJAAAAAElFTkSuQmCC';

export interface TrayActions {
  open(): void;
  quit(): void;
}

/** Shows the tray icon; returns a function that removes it. */
export function showTray(actions: TrayActions): () => void {
  const tray = new Tray(nativeImage.createFromBuffer(Buffer.from(TRAY_ICON_PNG, 'base64')));
  tray.setToolTip('Interlude');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Interlude', click: actions.open },
      { type: 'separator' },
      { label: 'Quit Interlude', click: actions.quit },
    ]),
  );
  tray.on('click', actions.open);
  return () => tray.destroy();
}
