/**
 * The Content-Security-Policy every page carries (Astro adds the hashes of its own scripts and styles to it, see
 * astro.config.mjs). Pages run only the site's own bundled scripts: no inline script that is not hashed, no
 * `javascript:` address, no plug-in; they load images, fonts and data from the site itself only, so a body that
 * got past the check still cannot run anything or tell another server who read it. A `<meta>` policy cannot
 * carry `frame-ancestors`: a team that must stop other sites framing the library sets that header on its server.
 */
import type { SearchShard } from '../search/shards.ts';

export interface CspSources {
  /** Hosts entry bodies may show images from (config `allowedImageHosts`). */
  allowedImageHosts: readonly string[];
  /** Other shards' search bundles, whose scripts and index files the search page loads. */
  searchShards: readonly SearchShard[];
}

/** Origins of shards served from another address (a path on this site needs nothing more). */
function shardOrigins(shards: readonly SearchShard[]): string[] {
  return [
    ...new Set(shards.flatMap((shard) => (URL.canParse(shard.bundleUrl) ? [new URL(shard.bundleUrl).origin] : []))),
  ];
}

type DirectiveName =
  'default-src' | 'img-src' | 'connect-src' | 'font-src' | 'object-src' | 'base-uri' | 'form-action' | 'frame-src';
export type CspDirective = `${DirectiveName} ${string}`;
const directive = (name: DirectiveName, ...sources: string[]): CspDirective => `${name} ${sources.join(' ')}`;

/** Directives besides `script-src` and `style-src`, which Astro writes with its hashes. */
export function cspDirectives({ allowedImageHosts, searchShards }: CspSources): CspDirective[] {
  return [
    directive('default-src', "'self'"),
    // data: only for the presenter deck's icon, inline so that it is not fetched again on every step.
    directive('img-src', "'self'", 'data:', ...allowedImageHosts.map((host) => `https://${host}`)),
    directive('connect-src', "'self'", ...shardOrigins(searchShards)),
    directive('font-src', "'self'"),
    directive('object-src', "'none'"),
    directive('base-uri', "'none'"),
    directive('form-action', "'self'"),
    directive('frame-src', "'none'"),
  ];
}

/** Sources of `script-src` besides Astro's hashes: Pagefind compiles its WebAssembly search engine. */
export function cspScriptResources({ searchShards }: Pick<CspSources, 'searchShards'>): string[] {
  return ["'self'", "'wasm-unsafe-eval'", ...shardOrigins(searchShards)];
}

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * The policy in a built page's `<meta>`, if it has one, as a string of its own: a match is a slice of the page's
 * text and would keep the whole page in memory (in UTF-16) for as long as the policy is kept, which for the
 * server's header file is until the build ends (docs/scaling.md).
 */
export function pagePolicy(html: string): string | undefined {
  const policy = META_POLICY.exec(html)?.[1];
  return policy === undefined ? undefined : Array.from(policy).join('');
}

/**
 * The policy a web server sends as a header, from the policies in the built pages' `<meta>`: each directive with
 * every source any page allows (Astro writes the same hashes into every page, so this is normally one page's
 * policy), plus what only a header can say: no other site may frame the library. A browser enforces the header
 * and the page's `<meta>` both, so a page still runs only its own hashes.
 */
export function headerPolicy(pagePolicies: Iterable<string>): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of pagePolicies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? new Set<string>();
      for (const source of sources) known.add(source);
      directives.set(name, known);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The few scripts that must run while the page is parsed, before its first paint (a bundled script runs after it).
 * Astro does not hash `is:inline` scripts, so their hashes go into the policy from here (`inlineScriptHashes`).
 */
export const inlineScripts = {
  /**
   * In `<head>`: the page knows from its first paint that its scripts will run (`html[data-js]`), so the header's
   * menu and the presenter's one-step-at-a-time layout never appear in their no-script form first.
   */
  scripted: "document.documentElement.dataset.js = '';",
  /** Case lists, after the folded facets: open them on a wide screen (and fold them again if it narrows). */
  unfoldFilters:
    "{const d=document.currentScript.previousElementSibling,m=matchMedia('(max-width: 60rem)');" +
    "d.open=!m.matches;m.addEventListener('change',(e)=>{d.open=!e.matches})}",
} as const;

/** `sha256-…` sources of `inlineScripts`, for `script-src`. */
export function inlineScriptHashes(digest: (source: string) => string): string[] {
  return Object.values(inlineScripts).map((source) => `sha256-${digest(source)}`);
}
