import { describe, expect, it } from 'vitest';
import { createTrustedSenderCheck } from '@/electron/main/security/trusted-sender';
import {
  denyAllPermissions,
  guardWebContents,
  type GuardableSession,
  type GuardableWebContents,
} from '@/electron/main/window/web-contents-guards';

/** Records what the guards register, standing in for Electron's WebContents (no binary here). */
function recordingContents() {
  const listeners = new Map<string, ((event: { preventDefault(): void }) => void)[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents: GuardableWebContents = {
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
    on: (event, listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
  };
  const fire = (event: string) => {
    let prevented = false;
    for (const listener of listeners.get(event) ?? []) listener({ preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('web contents guards', () => {
  it('denies every new window', () => {
    const recorded = recordingContents();
    guardWebContents(recorded.contents);
    expect(recorded.open('https://example.org')).toEqual({ action: 'deny' });
    expect(recorded.open('ripoti://app/index.html')).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview'])('prevents %s', (event) => {
    const recorded = recordingContents();
    guardWebContents(recorded.contents);
    expect(recorded.fire(event)).toBe(true);
  });

  it('denies every permission request and check', () => {
    let requestHandler: Parameters<GuardableSession['setPermissionRequestHandler']>[0] | undefined;
    let checkHandler: Parameters<GuardableSession['setPermissionCheckHandler']>[0] | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler) => (checkHandler = handler),
    });
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'clipboard-sanitized-write',
    ]) {
      let granted: boolean | undefined;
      requestHandler?.({}, permission, (answer) => (granted = answer), { requestingUrl: 'ripoti://app/index.html' });
      expect(granted).toBe(false);
      expect(checkHandler?.({}, permission, 'ripoti://app')).toBe(false);
    }
  });

  it('lets only Ripoti’s own page write plain text to the clipboard (Copy on the Submit step)', () => {
    let requestHandler: Parameters<GuardableSession['setPermissionRequestHandler']>[0] | undefined;
    let checkHandler: Parameters<GuardableSession['setPermissionCheckHandler']>[0] | undefined;
    denyAllPermissions(
      {
        setPermissionRequestHandler: (handler) => (requestHandler = handler),
        setPermissionCheckHandler: (handler) => (checkHandler = handler),
      },
      createTrustedSenderCheck(),
    );
    const ask = (permission: string, url: string) => {
      let granted: boolean | undefined;
      requestHandler?.({}, permission, (answer) => (granted = answer), { requestingUrl: url });
      return granted;
    };
    expect(ask('clipboard-sanitized-write', 'ripoti://app/index.html')).toBe(true);
    expect(checkHandler?.({}, 'clipboard-sanitized-write', 'ripoti://app')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
    expect(ask('clipboard-read', 'ripoti://app/index.html')).toBe(false);
    expect(ask('media', 'ripoti://app/index.html')).toBe(false);
    expect(checkHandler?.({}, 'clipboard-sanitized-write', 'https://example.org')).toBe(false);
  });
});
