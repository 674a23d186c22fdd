import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './create-bridge';

// Sandboxed preload: only `electron` and bundled code are available here, no Node modules.
contextBridge.exposeInMainWorld('coachbook', createBridge(ipcRenderer));
