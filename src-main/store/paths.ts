import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Repaso';

/**
 * Where the database lives: REPASO_DATA_DIR when set, else the folder Electron's
 * app.getPath('userData') gives, computed the same way so browser mode shares the app's data.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.REPASO_DATA_DIR) return path.resolve(env.REPASO_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}
