import type { AppInfo } from '@/shared/ipc/channels/app';
import type { Framework } from '@/shared/framework/schema';

export function describeApp(
  framework: Framework,
  versions: { app: string; electron: string | null; platform: string },
): AppInfo {
  return {
    name: 'Ripoti',
    version: versions.app,
    electronVersion: versions.electron,
    platform: versions.platform,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
  };
}
