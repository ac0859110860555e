import { app, session } from 'electron';
import { denyAllPermissions, guardWebContents } from '../window/web-contents-guards';

/** Applies the guards to every web contents Electron ever creates, and denies all permissions but writing to the clipboard from Ripoti's own page. */
export function setupSessionSecurity(isTrustedPage: (url: string) => boolean): void {
  denyAllPermissions(session.defaultSession, isTrustedPage);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
