import { z } from 'zod';
import { settingsPatchSchema, type Settings } from '../../settings';
import { defineChannel } from '../channel';

export const settingsChannels = {
  getSettings: defineChannel<Settings>()('settings:get', z.object({}).strict()),
  updateSettings: defineChannel<Settings>()('settings:update', z.object({ patch: settingsPatchSchema }).strict()),
};
