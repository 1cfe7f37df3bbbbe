/**
 * The Electron shell: one hardened window on the built renderer, IPC wired from the contract.
 * Everything else lives in the backend, shared with browser mode and the tests.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import { startBackend, type Backend } from '../api/backend';
import { defaultDataDir } from '../store/paths';
import { registerIpc } from './ipc';
import { electronNativeBinding } from './native';
import { appVersion, decksDir, preloadFile, rendererDir } from './paths';
import { hardenApp, hardenSession } from './security';

const indexUrl = pathToFileURL(path.join(rendererDir, 'index.html')).href;
let backend: Backend | undefined;

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1180,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    title: 'Repaso',
    show: false,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(indexUrl);
}

hardenApp();

void app.whenReady().then(() => {
  hardenSession();
  try {
    backend = startBackend({
      dataDir: process.env.REPASO_DATA_DIR ? defaultDataDir() : app.getPath('userData'),
      decksDir: decksDir(),
      mode: 'electron',
      version: appVersion(),
      systemLocale: app.getLocale(),
      nativeBinding: electronNativeBinding(process.resourcesPath),
    });
  } catch (err) {
    dialog.showErrorBox('Repaso', (err as Error).message);
    app.exit(1);
    return;
  }
  registerIpc(backend.dispatch, (url) => url === indexUrl || url.startsWith(`${indexUrl}#`));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => backend?.close());
