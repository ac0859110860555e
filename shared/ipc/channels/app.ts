import { z } from 'zod';
import { defineChannel } from '../channel';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly electronVersion: string | null;
  readonly platform: string;
  readonly frameworkId: string;
  readonly frameworkVersion: string;
}

const noArgs = z.object({}).strict();

export const appChannels = {
  getAppInfo: defineChannel<AppInfo>()('app:info', noArgs),
};
