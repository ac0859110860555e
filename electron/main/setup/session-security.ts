import { app, session } from 'electron';
import { denyAllPermissions, guardWebContents } from '../window/web-contents-guards';

/** Applies the guards to every web contents Electron ever creates, and denies all permissions. */
export function setupSessionSecurity(): void {
  denyAllPermissions(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
