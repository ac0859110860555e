/// <reference types="electron-vite/node" />
import photoWorkerPath from '../services/export/images/photo-worker/photo-worker?modulePath';

/** The bundled photo-worker script that electron-vite emits beside the main bundle. */
export const appPhotoWorker: string = photoWorkerPath;
