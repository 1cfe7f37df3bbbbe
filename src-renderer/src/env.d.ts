/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { ApiClient } from '../../src-main/api/client';

declare global {
  interface Window {
    /** Present in Electron (the preload); absent in browser mode, where HTTP is used. */
    api?: ApiClient;
  }
}
