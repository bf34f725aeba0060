/**
 * RSS feed of the daily column: the latest entries up to the build date (future ones appear when their day comes).
 * Feed readers only fetch what is new, so a bounded feed keeps the file small however long the column runs.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { config } from '../../config.ts';
import { getDailyEntries, getLookups } from '../../data/library.ts';
import { ui } from '../../i18n/ui.ts';
import { buildDate } from '../../data/build-date.ts';
import { formatDateZh, startOfDayIn } from '../../lib/daily/dates.ts';
import { FEED_ITEMS } from '../../lib/site/pagination.ts';
import { labelOf } from '../../lib/cases/taxonomy.ts';
import { paths } from '../../lib/site/urls.ts';

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

export async function GET(context: APIContext) {
  const built = buildDate();
  const [entries, lookups] = await Promise.all([getDailyEntries(), getLookups()]);
  const items = entries
    .filter((entry) => entry.id <= built)
    .slice(0, FEED_ITEMS)
    .map((entry) => {
      const { data } = lookups.cases.get(entry.data.case)!;
      const questions = entry.data.questions.map((question) => `<li>${escapeHtml(question)}</li>`).join('');
      return {
        title: `${formatDateZh(entry.id)} · ${data.title}`,
        link: paths.dailyEntry(entry.id),
        pubDate: startOfDayIn(config.timezone, entry.id),
        // Feed readers show a description as HTML: the contributor's text is escaped for HTML here, for XML by rss().
        description: `${ui.daily.takeaway}：${escapeHtml(entry.data.takeaway)}`,
        content:
          `<p>${escapeHtml(data.summary)}</p><h3>${ui.daily.questions}</h3><ol>${questions}</ol>` +
          `<p><strong>${ui.daily.takeaway}：</strong>${escapeHtml(entry.data.takeaway)}</p>`,
        categories: [labelOf(config.categories, data.category)],
      };
    });
  return rss({
    title: `${ui.daily.feedTitle} · ${config.title}`,
    description: ui.daily.feedDescription,
    site: new URL(paths.daily(), context.site).href,
    items,
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
  });
}
