import { load } from 'js-yaml';
import { z } from 'zod';
import type { UpdateNotice } from '@/shared/ipc/channels/app-updates';

/**
 * Decides whether, from where and how a packaged Ripoti updates itself. Pure: the adapter
 * (electron/main/setup/updates.ts) reads resources/app-update.yml and the environment and
 * hands them in. An update server can run code on every county laptop, so every doubt
 * ends in "updates off", said in Settings, never in a silent default.
 */

/**
 * The host electron-builder.yml bakes in when no county has set its own server. `.invalid` is
 * reserved (RFC 2606, RFC 6761): it can never resolve, so even a build that ignored this policy
 * could not reach anyone.
 */
export const NO_FEED_HOST = 'updates.invalid';

/** What electron-builder wrote into resources/app-update.yml (the `publish` entry of the build). */
export interface BakedFeed {
  readonly provider: string;
  readonly url: string | null;
  /** `win.signtoolOptions.publisherName`: whom a Windows update must be signed by. */
  readonly publisherNames: readonly string[];
}

export interface FeedDecision {
  /** null: updates are off. */
  readonly feed: { readonly url: string; readonly installsItself: boolean } | null;
  readonly notices: readonly UpdateNotice[];
}

const appUpdateYml = z.object({
  provider: z.string(),
  url: z.string().optional(),
  publisherName: z.union([z.string(), z.array(z.string())]).optional(),
});

/** Parses app-update.yml; anything unreadable counts as "no feed". */
export function readBakedFeed(text: string): BakedFeed | null {
  try {
    const parsed = appUpdateYml.safeParse(load(text));
    if (!parsed.success) return null;
    const { provider, url, publisherName } = parsed.data;
    return { provider, url: url ?? null, publisherNames: publisherName === undefined ? [] : [publisherName].flat() };
  } catch {
    return null;
  }
}

/**
 * A certificate subject with more than a CN: electron-updater compares every attribute of such
 * a name with the installer's signer, while a bare name is compared with the CN alone, which
 * anyone can put in a certificate from any CA. O= is what an OV/EV certificate vouches for.
 */
export function isFullSubject(name: string): boolean {
  const keys = new Set(name.split(/,(?=\s*[A-Za-z.0-9]+=)/).map((part) => part.split('=')[0]?.trim().toUpperCase()));
  return keys.has('CN') && keys.has('O');
}

function usableUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' &&
      parsed.hostname !== NO_FEED_HOST &&
      !parsed.hostname.endsWith(`.${NO_FEED_HOST}`)
      ? url
      : null;
  } catch {
    return null;
  }
}

export function decideUpdateFeed(input: {
  readonly packaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly baked: BakedFeed | null;
  /** RIPOTI_UPDATE_URL, which older builds obeyed: now only reported, never followed. */
  readonly environmentUrl: string | undefined;
}): FeedDecision {
  const notices: UpdateNotice[] = [];
  if (input.environmentUrl) notices.push('environment-url-ignored');
  // Development runs have no app-update.yml and nothing to install.
  if (!input.packaged) return { feed: null, notices };
  const url = input.baked?.provider === 'generic' ? usableUrl(input.baked.url) : null;
  if (!url) return { feed: null, notices: ['no-feed', ...notices] };
  if (input.platform === 'win32' && !input.baked?.publisherNames.some(isFullSubject)) {
    // Without a full subject electron-updater would accept any installer (no publisherName) or
    // one from anyone who got a certificate with our CN.
    return { feed: null, notices: ['unverifiable-publisher', ...notices] };
  }
  // Linux has no signature to check: an AppImage replaces itself as the user and a .deb installs
  // as root after a password prompt. Ripoti tells the officer and lets IT install.
  return { feed: { url, installsItself: input.platform !== 'linux' }, notices };
}
