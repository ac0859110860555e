import { parseArgs } from 'node:util';
import { bundledFramework } from '@/shared/framework/load';
import { languageSchema, localize } from '@/shared/language';
import type { CliCommand } from '../io';

export const areasCommand: CliCommand = {
  name: 'areas',
  usage: 'areas [--lang en|sw|fr] [--features]',
  summary: 'List the tiers and the 12 areas of the framework (and their Key Features).',
  run(args, io) {
    const { values } = parseArgs({
      args,
      options: { lang: { type: 'string', default: 'en' }, features: { type: 'boolean', default: false } },
    });
    const language = languageSchema.parse(values.lang);
    const framework = bundledFramework();
    io.out(`${localize(framework.title, language)} (${framework.id} ${framework.version})`);
    for (const tier of framework.tiers) {
      io.out(`${tier.id} ${localize(tier.title, language)}`);
      for (const area of tier.areas) {
        io.out(`  ${area.id} ${localize(area.title, language)} (${area.features.length} Key Features)`);
        if (values.features)
          for (const feature of area.features) io.out(`    ${feature.id} ${localize(feature.title, language)}`);
      }
    }
    return Promise.resolve(0);
  },
};
