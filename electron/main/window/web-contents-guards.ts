/**
 * The subset of Electron's WebContents and Session we harden. Typed structurally so the
 * guards can be exercised in tests without the Electron binary.
 */
export interface GuardableWebContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview' | 'will-frame-navigate', listener: (event: { preventDefault(): void }, ...rest: unknown[]) => void): unknown;
}

export interface GuardableSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/** New windows, navigation away, webviews: all refused. Links to the web are opened by main, never in-app. */
export function guardWebContents(contents: GuardableWebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const refuse = (event: { preventDefault(): void }) => event.preventDefault();
  contents.on('will-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-frame-navigate', refuse);
  contents.on('will-attach-webview', refuse);
}

/** Camera, microphone, geolocation, notifications…: Ripoti needs none, so every request is denied. */
export function denyAllPermissions(session: GuardableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
