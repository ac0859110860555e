/**
 * The subset of Electron's WebContents and Session we harden. Typed structurally so the
 * guards can be exercised in tests without the Electron binary.
 */
export interface GuardableWebContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview' | 'will-frame-navigate',
    listener: (event: { preventDefault(): void }, ...rest: unknown[]) => void,
  ): unknown;
}

export interface GuardableSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
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

/**
 * Camera, microphone, geolocation, notifications, reading the clipboard…: Ripoti needs none, so
 * every request is denied, with one exception: Ripoti's own page may write plain text to the
 * clipboard ("Copy" on the Submit step, for pasting into UNESCO's online form). Chromium asks
 * for that as 'clipboard-sanitized-write'; any other page, and any other permission, is refused.
 */
export function denyAllPermissions(
  session: GuardableSession,
  isTrustedPage: (url: string) => boolean = () => false,
): void {
  const allowed = (permission: string, url: string | undefined) =>
    permission === 'clipboard-sanitized-write' && url !== undefined && isTrustedPage(url);
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
}
