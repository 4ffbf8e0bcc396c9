import { SITE_FILES, toSiteIndex, type SiteIndex } from '../view/site-index';
import { appMessages } from './app-messages';

/** A file of the site (site.json, a view) could not be had; the message names it and what to do. */
export class SiteFileError extends Error {
  constructor(
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SiteFileError';
  }
}

/** Fetches and checks site.json under `siteUrl` (the site's base, ending in `/`). */
export async function fetchSiteIndex(siteUrl: string): Promise<SiteIndex> {
  const url = new URL(SITE_FILES.index, siteUrl).href;
  const text = await fetchText(url);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new SiteFileError(url, appMessages.badSiteIndex(url), { cause });
  }
  const index = toSiteIndex(json);
  if (!index) throw new SiteFileError(url, appMessages.badSiteIndex(url));
  return index;
}

/** The text of views/<name>.json (parsed and checked by the caller, as untrusted input). */
export function fetchViewText(siteUrl: string, name: string): Promise<string> {
  return fetchText(new URL(SITE_FILES.view(name), siteUrl).href);
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (cause) {
    throw new SiteFileError(url, appMessages.siteFileNetwork(url, cause instanceof Error ? cause.message : String(cause)), { cause });
  }
  if (!response.ok) throw new SiteFileError(url, appMessages.siteFileStatus(url, response.status));
  return response.text();
}
