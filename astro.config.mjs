// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { config } from './src/config.ts';
import contentValidation from './src/integrations/content-validation.ts';
import searchIndex from './src/integrations/search-index.ts';

export default defineConfig({
  site: config.siteUrl,
  trailingSlash: 'always',
  integrations: [contentValidation(), mdx(), searchIndex()],
  devToolbar: { enabled: false },
});
