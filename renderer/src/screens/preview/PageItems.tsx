import type { PageItem, PageModel, PictureItem } from '@/shared/pages/page-model';

/** The pictures a layout shows, by media name. */
export type PagePictures = PageModel['pictures'];
import { ChartShapes } from './ChartShapes';
import { PAGE_FONT_FAMILY } from './preview-fonts';
import { usePicture } from './use-picture';

/**
 * One page's items as SVG, in points: runs of text on their baselines in the bundled font
 * (no kerning, as the layout measured them), shaded cells, rules, the contents' dots, photos
 * and charts. Contents entries are links that go to their heading's page.
 */
export function PageItems({
  pictures,
  items,
  onLink,
}: {
  pictures: PagePictures;
  items: readonly PageItem[];
  onLink: (bookmark: string) => void;
}) {
  return (
    <g fontFamily={PAGE_FONT_FAMILY} style={{ fontKerning: 'none' }}>
      {items.map((item, index) => {
        switch (item.kind) {
          case 'text': {
            const text = (
              <text
                key={index}
                x={item.x}
                y={item.y}
                fontSize={item.size}
                fontWeight={item.bold ? 700 : 400}
                fontStyle={item.italic ? 'italic' : 'normal'}
                fill={`#${item.color}`}
                textDecoration={item.underline ? 'underline' : undefined}
                xmlSpace="preserve"
              >
                {item.text}
              </text>
            );
            const link = item.link;
            if (!link) return text;
            return (
              <a
                key={index}
                href={`#${link}`}
                onClick={(event) => {
                  event.preventDefault();
                  onLink(link);
                }}
              >
                {text}
              </a>
            );
          }
          case 'box':
            return (
              <rect key={index} x={item.x} y={item.y} width={item.width} height={item.height} fill={`#${item.fill}`} />
            );
          case 'rule':
            return (
              <line
                key={index}
                x1={item.x1}
                y1={item.y1}
                x2={item.x2}
                y2={item.y2}
                stroke={`#${item.color}`}
                strokeWidth={item.width}
              />
            );
          case 'leader':
            return (
              <line
                key={index}
                x1={item.x + 2}
                y1={item.y}
                x2={item.x + item.width - 2}
                y2={item.y}
                stroke={`#${item.color}`}
                strokeWidth={item.size / 10}
                strokeDasharray={`${item.size / 10} ${item.size / 3.5}`}
                strokeLinecap="round"
              />
            );
          case 'picture':
            return <Picture key={index} pictures={pictures} item={item} />;
        }
      })}
    </g>
  );
}

function Picture({ pictures, item }: { pictures: PagePictures; item: PictureItem }) {
  const picture = pictures[item.media];
  if (picture?.chart) return <ChartShapes input={picture.chart} box={item} />;
  return <Photo item={item} />;
}

function Photo({ item }: { item: PictureItem }) {
  const url = usePicture(item.media);
  if (!url) return <rect x={item.x} y={item.y} width={item.width} height={item.height} fill="#EEEEEE" />;
  return <image href={url} x={item.x} y={item.y} width={item.width} height={item.height} preserveAspectRatio="none" />;
}
