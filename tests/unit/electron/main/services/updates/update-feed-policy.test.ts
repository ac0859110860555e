import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  decideUpdateFeed,
  isFullSubject,
  NO_FEED_HOST,
  readBakedFeed,
  type BakedFeed,
} from '@/electron/main/services/updates/update-feed-policy';

/** app-update.yml as electron-builder writes it (js-yaml's dump of the publish entry). */
const yml = (fields: Record<string, unknown>) =>
  dump({ provider: 'generic', channel: 'latest', updaterCacheDirName: 'ripoti-updater', ...fields });
const COUNTY_URL = 'https://ripoti.kilifi.go.ke/updates';
const FULL_SUBJECT = 'CN=Kilifi County Government, O=Kilifi County Government, L=Kilifi, C=KE';

function decide(platform: NodeJS.Platform, baked: BakedFeed | null, environmentUrl?: string) {
  return decideUpdateFeed({ packaged: true, platform, baked, environmentUrl });
}

describe('reading resources/app-update.yml', () => {
  it('reads the feed and the Windows publisher names, single or listed', () => {
    expect(readBakedFeed(yml({ url: COUNTY_URL, publisherName: [FULL_SUBJECT] }))).toEqual({
      provider: 'generic',
      url: COUNTY_URL,
      publisherNames: [FULL_SUBJECT],
    });
    expect(readBakedFeed(yml({ url: COUNTY_URL, publisherName: 'Ripoti' }))?.publisherNames).toEqual(['Ripoti']);
    expect(readBakedFeed(yml({ url: COUNTY_URL }))?.publisherNames).toEqual([]);
  });

  it('treats a damaged or foreign file as no feed', () => {
    expect(readBakedFeed('provider: [unclosed')).toBeNull();
    expect(readBakedFeed('just text')).toBeNull();
    expect(readBakedFeed(yml({ url: 42 }))).toBeNull();
  });
});

describe('a certificate’s full subject', () => {
  it('needs an organisation beside the common name', () => {
    expect(isFullSubject(FULL_SUBJECT)).toBe(true);
    expect(isFullSubject('O=Ripoti, CN=Ripoti')).toBe(true);
    expect(isFullSubject('CN=Ripoti developers')).toBe(false);
    expect(isFullSubject('Ripoti developers')).toBe(false);
    // A comma inside a value is not a new attribute.
    expect(isFullSubject('CN=Ripoti, Inc.')).toBe(false);
  });
});

describe('whether and how a packaged app updates', () => {
  it('has no feed by default: the placeholder host in electron-builder.yml turns updates off', () => {
    const decision = decide(
      'win32',
      readBakedFeed(yml({ url: `https://${NO_FEED_HOST}/ripoti`, publisherName: [FULL_SUBJECT] })),
    );
    expect(decision).toEqual({ feed: null, notices: ['no-feed'] });
    expect(decide('linux', null)).toEqual({ feed: null, notices: ['no-feed'] });
  });

  it('never follows plain http or another provider', () => {
    expect(
      decide('darwin', { provider: 'generic', url: 'http://ripoti.kilifi.go.ke/updates', publisherNames: [] }).feed,
    ).toBeNull();
    expect(decide('darwin', { provider: 'github', url: COUNTY_URL, publisherNames: [] }).feed).toBeNull();
    expect(decide('darwin', { provider: 'generic', url: 'not a url', publisherNames: [] }).feed).toBeNull();
  });

  it('updates from the county’s server by itself on macOS', () => {
    expect(decide('darwin', { provider: 'generic', url: COUNTY_URL, publisherNames: [] })).toEqual({
      feed: { url: COUNTY_URL, installsItself: true },
      notices: [],
    });
  });

  it('on Windows only when the signer is named by the certificate’s full subject', () => {
    const feed = (publisherNames: string[]) =>
      decide('win32', { provider: 'generic', url: COUNTY_URL, publisherNames });
    expect(feed([FULL_SUBJECT])).toEqual({ feed: { url: COUNTY_URL, installsItself: true }, notices: [] });
    expect(feed(['Kilifi County Government'])).toEqual({ feed: null, notices: ['unverifiable-publisher'] });
    expect(feed(['CN=Kilifi County Government'])).toEqual({ feed: null, notices: ['unverifiable-publisher'] });
    // No publisher at all: electron-updater would accept an unsigned installer.
    expect(feed([])).toEqual({ feed: null, notices: ['unverifiable-publisher'] });
  });

  it('on Linux tells the officer a version is out and installs nothing', () => {
    expect(decide('linux', { provider: 'generic', url: COUNTY_URL, publisherNames: [] }).feed).toEqual({
      url: COUNTY_URL,
      installsItself: false,
    });
  });

  it('ignores RIPOTI_UPDATE_URL and says so, whether a feed is baked in or not', () => {
    const county: BakedFeed = { provider: 'generic', url: COUNTY_URL, publisherNames: [] };
    expect(decide('darwin', county, 'https://elsewhere.example/updates')).toEqual({
      feed: { url: COUNTY_URL, installsItself: true },
      notices: ['environment-url-ignored'],
    });
    expect(decide('darwin', null, 'https://elsewhere.example/updates')).toEqual({
      feed: null,
      notices: ['no-feed', 'environment-url-ignored'],
    });
  });

  it('has nothing to update in a development run', () => {
    expect(decideUpdateFeed({ packaged: false, platform: 'linux', baked: null, environmentUrl: undefined })).toEqual({
      feed: null,
      notices: [],
    });
  });
});
