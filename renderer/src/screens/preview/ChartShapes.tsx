import { measuresChart, type MeasuresChartInput } from '@/shared/charts/measures-chart';
import type { PictureItem } from '@/shared/pages/page-model';
import { PAGE_FONT_FAMILY } from './preview-fonts';

/** A measures chart inside a page: the shared drawing's shapes, scaled into the picture's box. */
export function ChartShapes({ input, box }: { input: MeasuresChartInput; box: PictureItem }) {
  const drawing = measuresChart(input);
  const scale = box.width / drawing.width;
  return (
    <g transform={`translate(${box.x} ${box.y}) scale(${scale})`} fontFamily={PAGE_FONT_FAMILY}>
      {drawing.shapes.map((shape, index) => {
        switch (shape.kind) {
          case 'rect':
            return (
              <rect
                key={index}
                x={shape.x}
                y={shape.y}
                width={shape.width}
                height={shape.height}
                fill={shape.fill}
                stroke={shape.stroke}
                strokeWidth={shape.stroke ? 1.5 : undefined}
                strokeDasharray={shape.dash ? '4 2' : undefined}
              />
            );
          case 'line':
            return (
              <line
                key={index}
                x1={shape.x1}
                y1={shape.y1}
                x2={shape.x2}
                y2={shape.y2}
                stroke={shape.stroke}
                strokeWidth={shape.width}
              />
            );
          case 'text':
            return (
              <text
                key={index}
                x={shape.x}
                y={shape.y}
                fontSize={shape.size}
                textAnchor={shape.anchor}
                fontWeight={shape.bold ? 700 : 400}
                fill={shape.fill}
              >
                {shape.text}
              </text>
            );
        }
      })}
    </g>
  );
}
