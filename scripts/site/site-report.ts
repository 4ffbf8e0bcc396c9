import type { ViewData } from '../../src/view/check-view';
import type { SiteIndex } from '../../src/view/site-index';
import { checkViewFiles, type ViewFileReport } from './check-view-files';
import type { SiteConfig } from './load-site-config';
import { readViewFiles, isViewName } from './read-view-files';
import { siteMessages } from './site-messages';

/** The site's view files checked, and what is wrong with the config's default view, if anything. */
export interface SiteReport {
  reports: ViewFileReport[];
  configProblem?: string;
}

/** Checks every view of the site (against `data` when given) and the default view's name. */
export function checkSite(site: SiteConfig, root: string, data?: ViewData): SiteReport {
  const reports = checkViewFiles(readViewFiles(site.views, root), data);
  const names = reports.map((report) => report.name);
  const configProblem = names.includes(site.defaultView) ? undefined : siteMessages.unknownDefaultView(site.defaultView, site.file ?? 'the site config', names);
  return configProblem ? { reports, configProblem } : { reports };
}

/** site.json: the title, the default view, and every view whose name can be addressed. */
export function siteIndexOf(site: SiteConfig, reports: readonly ViewFileReport[]): SiteIndex {
  return {
    title: site.title,
    defaultView: site.defaultView,
    views: reports.filter((report) => isViewName(report.name)).map(({ name, title }) => ({ name, title })),
  };
}
