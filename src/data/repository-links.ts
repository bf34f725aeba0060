/** Links into the team's repository, for the forge and branch of casebook.config.json (see `forge.ts`). */
import { config } from '../config.ts';
import * as forge from '../lib/site/forge.ts';

/** Link that opens the entry's file in the repository's web editor. */
export const editUrl = (filePath: string): string => forge.editUrl(config.repository, filePath);

/** Link to read a file in the repository, e.g. `CONTRIBUTING.md`. */
export const viewUrl = (filePath: string): string => forge.viewUrl(config.repository, filePath);

/** Link that opens the repository's "new file" page with a name and a template filled in. */
export const newFileUrl = (dir: string, filename: string, template: string): string =>
  forge.newFileUrl(config.repository, dir, filename, template);
