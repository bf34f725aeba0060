/**
 * Which way imports may point (`npm run check:layers`, tests/unit/layers.test.ts). From the bottom up:
 * src/lib (pure domain logic, with src/config.ts and src/i18n) <- src/schemas <- src/library (reading the content
 * folder) <- src/validation, src/mdx <- src/data (Astro's queries) <- src/components, src/layouts <- src/pages.
 * src/integrations build the site beside the pages and may use anything but the browser's components and the pages.
 * `.astro` files are not parsed: their imports are checked by the build, and their layer (the top) by this one.
 */
const folder = (...names) => `^src/(${names.join('|')})/`;
const astroRuntime = '^(astro:|astro$|astro/(?!zod$)|node_modules/astro/(?!dist/zod))';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other: move what both need below them.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-is-the-bottom',
      severity: 'error',
      comment: 'src/lib is pure domain logic: it takes no types or functions from the layers above it, nor from Astro.',
      from: { path: '^src/(lib/|config\\.ts$|i18n/)' },
      to: {
        path: [
          folder('data', 'components', 'layouts', 'pages', 'integrations', 'validation', 'schemas', 'library', 'mdx'),
          astroRuntime,
        ],
      },
    },
    {
      name: 'schemas-below-library',
      severity: 'error',
      comment: 'Schemas describe entries; reading and checking the files happens above them.',
      from: { path: folder('schemas') },
      to: { path: folder('data', 'components', 'layouts', 'pages', 'integrations', 'validation', 'library', 'mdx') },
    },
    {
      name: 'library-below-validation',
      severity: 'error',
      comment:
        'src/library reads the content for everyone (validator, search, similarity, scripts, Astro): ' +
        'it uses none of them.',
      from: { path: folder('library') },
      to: {
        path: [folder('data', 'components', 'layouts', 'pages', 'integrations', 'validation', 'mdx'), astroRuntime],
      },
    },
    {
      name: 'validation-below-data',
      severity: 'error',
      comment: 'The validator runs outside Astro (npm run check): it must not need the site.',
      from: { path: folder('validation', 'mdx') },
      to: { path: folder('data', 'components', 'layouts', 'pages', 'integrations') },
    },
    {
      name: 'data-below-pages',
      severity: 'error',
      comment: 'Queries serve the pages and components, never the other way round.',
      from: { path: folder('data') },
      to: { path: folder('components', 'layouts', 'pages', 'integrations') },
    },
    {
      name: 'components-below-pages',
      severity: 'error',
      comment: 'Components are used by pages and layouts.',
      from: { path: folder('components', 'layouts') },
      to: { path: folder('pages', 'integrations') },
    },
    {
      name: 'integrations-not-browser',
      severity: 'error',
      comment:
        "The build's integrations share code with the browser through src/lib, not by importing the browser's modules.",
      from: { path: folder('integrations') },
      to: { path: folder('components', 'layouts', 'pages') },
    },
    {
      name: 'scripts-not-site',
      severity: 'error',
      comment: 'Command-line scripts use the library, validator and lib, not the pages or their components.',
      from: { path: '^scripts/' },
      to: { path: folder('components', 'layouts', 'pages') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^scripts/bench/stock-site/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mts', '.js', '.mjs', '.cjs', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
