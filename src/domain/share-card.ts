/**
 * A page's share image (issue 14): what a link preview in KakaoTalk or a newsroom chat shows,
 * 1200×630. The card says what the page is (a release's category, or 성과지표), its title, its
 * date or headline figure, and the portal's name and address. This module gives the card's
 * content and its layout as a satori element tree (plain objects, no JSX); rendering it to PNG
 * is src/build/share-image.ts. Pure: the same card gives the same tree.
 */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

export interface ShareCard {
  /** Above the title: the category (보도자료, 공지 …) or the page kind (성과지표). */
  eyebrow: string;
  title: string;
  /** A headline figure, large (`35.2%`), with what it measures (`예산 집행률`). */
  figure?: { value: string; label: string } | undefined;
  /** Under the title: the release's day, or the figure's 기준일. */
  line: string;
  /** The portal's name and its address (`portal.example/releases/…`), at the foot. */
  site: string;
  address: string;
}

/** A satori element: a tag, its style and its children (text or elements). */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const div = (style: Record<string, string | number>, children?: (CardNode | string)[] | string): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

// The portal's colours (src/styles/tokens.css), as og-default.png.
const PRIMARY = '#0b4a8b';
const DEEP = '#083a6e';
const SOFT = '#d6e4f5';

/** Long titles get a smaller font so three lines hold them; satori wraps and clamps. */
export function titleSize(title: string): number {
  const n = [...title].length;
  return n <= 18 ? 68 : n <= 30 ? 58 : n <= 44 ? 50 : 44;
}

export function cardTree(card: ShareCard): CardNode {
  const size = titleSize(card.title);
  return div(
    {
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: PRIMARY,
      color: '#ffffff',
      fontFamily: 'Noto Sans KR',
    },
    [
      div({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '64px 80px 0' }, [
        div(
          { display: 'flex', alignSelf: 'flex-start', padding: '6px 20px', borderRadius: 999, backgroundColor: '#ffffff', color: PRIMARY, fontSize: 30, fontWeight: 700 },
          card.eyebrow,
        ),
        div(
          {
            display: 'block',
            marginTop: 36,
            fontSize: size,
            fontWeight: 700,
            lineHeight: 1.25,
            lineClamp: 3,
            wordBreak: 'keep-all',
          },
          card.title,
        ),
        ...(card.figure
          ? [
              div({ display: 'flex', alignItems: 'baseline', marginTop: 28 }, [
                div({ fontSize: [...card.figure.value].length <= 8 ? 88 : 60, fontWeight: 700, lineHeight: 1 }, card.figure.value),
                ...(card.figure.label ? [div({ marginLeft: 24, fontSize: 34, color: SOFT }, card.figure.label)] : []),
              ]),
            ]
          : []),
        div({ display: 'flex', marginTop: 28, fontSize: 34, color: SOFT }, card.line),
      ]),
      div(
        { display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: 84, padding: '0 80px', backgroundColor: DEEP, fontSize: 28 },
        [
          div({ flexShrink: 0, marginRight: 40, fontWeight: 700 }, card.site),
          // A long address (a long Korean slug) ends in … rather than running off the card.
          div({ display: 'block', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', color: SOFT }, card.address),
        ],
      ),
    ],
  );
}
