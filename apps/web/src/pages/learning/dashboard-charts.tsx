import { useId } from 'react';
import { Schemas } from '../../api/client';

export type RagCounts = Schemas['LearningDashboardRagCounts'];
export type QuarterRow = Schemas['LearningDashboardQuarterRow'];

/**
 * The four ratings, worst first, each with a GOV.UK palette colour. Colour is never the only sign: every chart
 * here has the same numbers as text beside it or in a table.
 */
export const RAG_SERIES: readonly { key: keyof RagCounts; label: string; colour: string }[] = [
  { key: 'red', label: 'Red', colour: '#d4351c' },
  { key: 'amber', label: 'Amber', colour: '#f47738' },
  { key: 'light_green', label: 'Light green', colour: '#85994b' },
  { key: 'green', label: 'Green', colour: '#00703c' },
];

const ragTotal = (rag: RagCounts) => RAG_SERIES.reduce((sum, { key }) => sum + rag[key], 0);

export const ragSentence = (rag: RagCounts) =>
  RAG_SERIES.map(({ key, label }) => `${label} ${rag[key]}`).join(', ');

/** The counts as one horizontal bar of four segments, an image titled with the numbers in words. */
export function RagStackedBar({ rag, height = 32 }: { rag: RagCounts; height?: number }) {
  const titleId = useId();
  const total = ragTotal(rag);
  let x = 0;
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 1000 ${height}`}
      preserveAspectRatio="none"
      width="100%"
      height={height}
      style={{ display: 'block', border: '1px solid #505a5f' }}
    >
      <title id={titleId}>
        {total ? `Actions by RAG rating: ${ragSentence(rag)}` : 'No actions to rate yet'}
      </title>
      {total === 0 ? (
        <rect x={0} y={0} width={1000} height={height} fill="#f3f2f1" />
      ) : (
        RAG_SERIES.map(({ key, colour }) => {
          const width = (rag[key] / total) * 1000;
          const rect = <rect key={key} x={x} y={0} width={width} height={height} fill={colour} />;
          x += width;
          return rect;
        })
      )}
    </svg>
  );
}

/** A small bar for a table row, whose numbers are in the row's own cells: hidden from screen readers. */
export function InlineRagBar({ rag }: { rag: RagCounts }) {
  const total = ragTotal(rag);
  let x = 0;
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 100 12" width="120" height="12">
      <rect x={0} y={0} width={100} height={12} fill="#f3f2f1" />
      {total > 0 &&
        RAG_SERIES.map(({ key, colour }) => {
          const width = (rag[key] / total) * 100;
          const rect = <rect key={key} x={x} y={0} width={width} height={12} fill={colour} />;
          x += width;
          return rect;
        })}
    </svg>
  );
}

/** "3 of 5 actions closed" with a bar showing the share (the words carry it; the bar is decoration). */
export function CompletionBar({ closed, total }: { closed: number; total: number }) {
  const share = total ? Math.round((closed / total) * 100) : 0;
  return (
    <>
      <div
        aria-hidden="true"
        style={{ background: '#f3f2f1', border: '1px solid #505a5f', height: 16, maxWidth: 300 }}
      >
        <div style={{ background: '#00703c', height: '100%', width: `${share}%` }} />
      </div>
      <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
        {closed} of {total} {total === 1 ? 'action' : 'actions'} closed
      </p>
    </>
  );
}

export const QUARTER_SERIES: readonly {
  key: keyof Omit<QuarterRow, 'label' | 'start'>;
  label: string;
  colour: string;
}[] = [
  { key: 'actionsCreated', label: 'Actions added', colour: '#1d70b8' },
  { key: 'actionsClosed', label: 'Actions closed', colour: '#00703c' },
  { key: 'updatesGiven', label: 'Updates given', colour: '#4c2c92' },
];

/** Columns per quarter for actions added, closed and updates given, with a key; the table below has the data. */
export function QuarterColumnChart({ quarters }: { quarters: QuarterRow[] }) {
  const titleId = useId();
  const max = Math.max(1, ...quarters.flatMap((q) => QUARTER_SERIES.map(({ key }) => q[key])));
  const plot = { top: 20, bottom: 170, left: 10, groupWidth: 150, column: 36 };
  const scale = (value: number) => ((plot.bottom - plot.top) * value) / max;
  const description = quarters
    .map(
      (q) =>
        `${q.label}: ${QUARTER_SERIES.map(({ key, label }) => `${label.toLowerCase()} ${q[key]}`).join(', ')}`,
    )
    .join('; ');
  return (
    <>
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${plot.left * 2 + plot.groupWidth * quarters.length} 200`}
        width="100%"
        style={{ maxWidth: 640, display: 'block', fontFamily: 'inherit' }}
      >
        <title id={titleId}>{`Change per quarter. ${description}`}</title>
        <line
          x1={0}
          x2={plot.left * 2 + plot.groupWidth * quarters.length}
          y1={plot.bottom}
          y2={plot.bottom}
          stroke="#0b0c0c"
        />
        {quarters.map((quarter, i) => {
          const groupX = plot.left + i * plot.groupWidth + 12;
          return (
            <g key={quarter.start}>
              {QUARTER_SERIES.map(({ key, colour }, j) => {
                const h = scale(quarter[key]);
                const x = groupX + j * (plot.column + 4);
                return (
                  <g key={key}>
                    <rect x={x} y={plot.bottom - h} width={plot.column} height={h} fill={colour} />
                    <text
                      x={x + plot.column / 2}
                      y={plot.bottom - h - 4}
                      textAnchor="middle"
                      fontSize="14"
                      fill="#0b0c0c"
                    >
                      {quarter[key]}
                    </text>
                  </g>
                );
              })}
              <text
                x={groupX + (plot.column * 3 + 8) / 2}
                y={plot.bottom + 20}
                textAnchor="middle"
                fontSize="15"
                fill="#0b0c0c"
              >
                {quarter.label}
              </text>
            </g>
          );
        })}
      </svg>
      <ul
        className="govuk-list govuk-body-s"
        aria-hidden="true"
        style={{ display: 'flex', gap: 20, flexWrap: 'wrap' }}
      >
        {QUARTER_SERIES.map(({ key, label, colour }) => (
          <li key={key}>
            <span
              style={{
                display: 'inline-block',
                width: 14,
                height: 14,
                background: colour,
                marginRight: 6,
                verticalAlign: 'middle',
              }}
            />
            {label}
          </li>
        ))}
      </ul>
    </>
  );
}
