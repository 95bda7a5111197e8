/** Query parameters that only track where a click came from; they never change the page. */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ref|ref_src|ref_url|cmpid|ncid|soc_src|soc_trk|taid|itm_\w+|__twitter_impression|smid|sr_share|rss|spm)$/iu;

/**
 * The link as it identifies a story: scheme and host lower-cased, default port, fragment and
 * tracking parameters removed, the remaining parameters sorted, `www.` and a trailing slash
 * dropped. So the section feed's link and the site feed's link for one story compare equal.
 */
export function canonicalUrl(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const params = [...url.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => a.localeCompare(b));
  const query = new URLSearchParams(params).toString();
  const host = url.hostname.replace(/^www\./u, '');
  const path = url.pathname.replace(/\/+$/u, '') || '/';
  // http and https copies of a page are one story: the scheme is left out on purpose.
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query ? `?${query}` : ''}`;
}
