import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdateService, type UpdateFeed } from '@/electron/main/services/updates/update-service';
import type { Clock } from '@/electron/main/services/clock';

/**
 * The service against a real generic update feed on loopback (latest.yml, as electron-builder
 * writes it), a closed port (offline) and a server that never answers (timeout).
 */
const clock: Clock = { nowIso: () => '2026-11-23T10:00:00.000Z', newId: () => 'id' };
const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Reads `version:` from a generic provider's latest.yml, as electron-updater does. */
function genericFeed(baseUrl: string): UpdateFeed {
  return {
    latestVersion: async (signal) => {
      const response = await fetch(`${baseUrl}/latest.yml`, { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const version = /^version:\s*(\S+)$/m.exec(await response.text())?.[1];
      if (!version) throw new Error('latest.yml has no version');
      return version;
    },
  };
}

const latestYml = (version: string) =>
  `version: ${version}\nfiles:\n  - url: Ripoti-${version}-win-x64.exe\n    sha512: abc\n    size: 1\npath: Ripoti-${version}-win-x64.exe\nsha512: abc\nreleaseDate: '2026-11-20T00:00:00.000Z'\n`;

describe('UpdateService', () => {
  it('is "not configured" until the packaged app gives it a feed, and checking then changes nothing', async () => {
    const service = new UpdateService('0.1.0', clock);
    expect(service.status().state).toBe('not-configured');
    expect((await service.check()).state).toBe('not-configured');
  });

  it('finds a newer version on the county server, and knows when it is current', async () => {
    let offered = '0.2.0';
    const url = await serve((_request, response) => response.end(latestYml(offered)));
    const service = new UpdateService('0.1.0', clock);
    service.useFeed(genericFeed(url), { url, installsItself: true });
    expect(service.status().state).toBe('not-checked');
    expect(await service.check()).toEqual({
      currentVersion: '0.1.0',
      state: 'available',
      latestVersion: '0.2.0',
      checkedAt: clock.nowIso(),
      message: null,
      feedUrl: url,
      installsItself: true,
      notices: [],
    });
    offered = '0.1.0';
    expect((await service.check()).state).toBe('up-to-date');
  });

  it('says "offline", not "error", when nothing answers', async () => {
    const closedUrl = await serve(() => undefined);
    await new Promise((resolve) => servers.pop()?.close(resolve));
    const service = new UpdateService('0.1.0', clock);
    service.useFeed(genericFeed(closedUrl), { url: closedUrl, installsItself: true });
    const status = await service.check();
    expect(status.state).toBe('offline');
    expect(status.message).toMatch(/works normally/);
  });

  it('gives up on a server that never answers within its timeout', async () => {
    const url = await serve(() => undefined);
    const service = new UpdateService('0.1.0', clock, 200);
    service.useFeed(genericFeed(url), { url, installsItself: true });
    const started = Date.now();
    expect((await service.check()).state).toBe('offline');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports a broken feed as an error and runs one check at a time', async () => {
    let requests = 0;
    const url = await serve((_request, response) => {
      requests++;
      response.end('not yaml at all');
    });
    const service = new UpdateService('0.1.0', clock);
    service.useFeed(genericFeed(url), { url, installsItself: true });
    const [a, b] = await Promise.all([service.check(), service.check()]);
    expect(a).toBe(b);
    expect(a.state).toBe('error');
    expect(requests).toBe(1);
  });

  it('keeps "downloaded" once the background download finished', async () => {
    const url = await serve((_request, response) => response.end(latestYml('0.2.0')));
    const service = new UpdateService('0.1.0', clock);
    service.useFeed(genericFeed(url), { url, installsItself: true });
    await service.check();
    service.markDownloaded('0.2.0');
    expect((await service.check()).state).toBe('downloaded');
  });

  it('where it only notifies (Linux), a download report changes nothing: the officer is told a version is out', async () => {
    const url = await serve((_request, response) => response.end(latestYml('0.2.0')));
    const service = new UpdateService('0.1.0', clock);
    service.useFeed(genericFeed(url), { url, installsItself: false });
    expect(await service.check()).toMatchObject({
      state: 'available',
      latestVersion: '0.2.0',
      feedUrl: url,
      installsItself: false,
    });
    service.markDownloaded('0.2.0');
    expect(service.status().state).toBe('available');
  });

  it('keeps the notices it is given for Settings to show, feed or not', () => {
    const service = new UpdateService('0.1.0', clock);
    service.notify(['no-feed', 'environment-url-ignored']);
    expect(service.status()).toMatchObject({
      state: 'not-configured',
      feedUrl: null,
      notices: ['no-feed', 'environment-url-ignored'],
    });
  });
});
