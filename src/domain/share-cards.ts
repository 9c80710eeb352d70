/**
 * Which pages get a share image of their own (issue 14) and what each card says: every release
 * (its category, title and day), the KPI pages and /report/ (their headline figure and its
 * 기준일). Every other page keeps the portal's og-default.png. Pure: the route
 * (src/pages/share/[...image].png.ts) renders these, and the pages point og:image at them.
 */
import { t } from '../i18n/index.ts';
import { formatDay } from '../foundation/format.ts';
import { kstDay } from '../foundation/kst.ts';
import { paths } from '../foundation/urls.ts';
import type { Programme } from '../schemas/programme.ts';
import { kpiCards, type CardId, type KpiCard } from './kpi/cards.ts';
import type { KpiSnapshot } from './kpi/types.ts';
import type { ShareCard } from './share-card.ts';

export interface ShareReleaseInput {
  id: string;
  title: string;
  /** The category's Korean label (보도자료, 공지 …). */
  category: string;
  instant: Date;
}

export interface ShareCardsInput {
  releases: readonly ShareReleaseInput[];
  snapshot: KpiSnapshot;
  programme: Programme;
  /** Absolute URL of a site path, with the base. */
  url: (sitePath: string) => string;
}

export interface ShareEntry {
  /** The image's name under /share/ (`releases/<id>`, `kpi/budget`, `report`): paths.shareImage(name). */
  name: string;
  card: ShareCard;
}

/** An address as a reader types it: no scheme, Korean left readable. */
export function shortAddress(url: string): string {
  return decodeURI(url).replace(/^https?:\/\//, '');
}

export const releaseShareName = (id: string) => `releases/${id}`;

/** The KPI pages with an image, each with the card whose figure it shows. */
export const KPI_SHARE: readonly { name: string; card: CardId; path: string }[] = [
  { name: 'kpi/index', card: 'budget', path: paths.kpi() },
  { name: 'kpi/budget', card: 'budget', path: paths.kpiBudget() },
  { name: 'kpi/participants', card: 'participants', path: paths.kpiParticipants() },
  { name: 'kpi/matches', card: 'matches', path: paths.kpiMatches() },
];
export const REPORT_SHARE = 'report';

function figureLine(card: KpiCard): string {
  return card.referenceDate ? t('ogImage.asOf', { day: formatDay(card.referenceDate) }) : t('kpi.noReferenceDate');
}

export function shareCards({ releases, snapshot, programme, url }: ShareCardsInput): ShareEntry[] {
  const site = programme.name.ko;
  const release = releases.map((r) => ({
    name: releaseShareName(r.id),
    card: { eyebrow: r.category, title: r.title, line: formatDay(kstDay(r.instant)), site, address: shortAddress(url(paths.release(r.id))) },
  }));
  const cards = new Map(kpiCards(snapshot, programme).cards.map((card) => [card.id, card]));
  // An empty card's figure is already a sentence (집행 실적 미보고): no label after it.
  const figure = (card: KpiCard | undefined) => (card ? { value: card.figure, label: card.empty ? '' : (card.figureLabel ?? card.title) } : undefined);
  const kpi = KPI_SHARE.flatMap(({ name, card: id, path }) => {
    const card = cards.get(id);
    if (!card) return [];
    const title = name === 'kpi/index' ? t('kpi.title') : card.title;
    return [{ name, card: { eyebrow: t('ogImage.kpiTitle'), title, figure: figure(card), line: figureLine(card), site, address: shortAddress(url(path)) } }];
  });
  const budget = cards.get('budget');
  const report = {
    name: REPORT_SHARE,
    card: {
      eyebrow: t('ogImage.reportTitle'),
      title: programme.name.ko,
      figure: figure(budget),
      line: budget ? figureLine(budget) : '',
      site,
      address: shortAddress(url(paths.report())),
    },
  };
  return [...release, ...kpi, report];
}
