/**
 * Sets the site's public address (`site`) from casebook.config.json or CASEBOOK_SITE_URL, stops the build with a
 * message in Chinese when it is not a web address, and warns when it is this machine's own (localhost), where
 * the QR codes shown at the morning meeting would lead nowhere, or while the repository is the sample one.
 */
import type { AstroIntegration } from 'astro';
import { config } from '../config.ts';
import {
  SITE_URL_ENV,
  localAddressWarning,
  placeholderRepositoryWarning,
  siteAddress,
} from '../lib/site/site-address.ts';

export default function siteAddressSetting(): AstroIntegration {
  return {
    name: 'casebook:site-address',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        let site: string;
        try {
          site = siteAddress(config.siteUrl, process.env[SITE_URL_ENV]);
        } catch (error) {
          logger.error((error as Error).message);
          process.exit(1);
        }
        updateConfig({ site });
        if (command !== 'build') return;
        for (const warning of [localAddressWarning(site), placeholderRepositoryWarning(config.repository)])
          if (warning) logger.warn(warning);
      },
    },
  };
}
