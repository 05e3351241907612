/**
 * The mood chart (Recharts). This module is the heavy part of the Trends screen: it is loaded
 * lazily (its default export), so Recharts never weighs on the app's first paint.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MoodPoint, MoodTrends } from '../../../../shared/api.ts';
import { MOOD_LABELS } from '../../../../shared/domain.ts';
import { moodColorVar, moodLabel, SPACE_PERIOD_TINT } from '../../../../shared/mood-palette.ts';
import { longDayLabel, shortDayLabel } from '../../../../shared/day-labels.ts';
import { chartModel, dayOfNumber, isSpaceDay, MOOD_AXIS_DOMAIN } from './mood-chart-data.ts';
import './mood-chart.css';

export interface MoodChartProps {
  trends: MoodTrends;
  /** Used until the container's width is known (and in tests, where nothing is laid out). */
  fallbackWidth?: number;
}

const CHART_HEIGHT = 320;
const Y_AXIS_WIDTH = 56;

function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      if (element.clientWidth > 0) setWidth(element.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value: number };
}

function DayTick({
  x = 0,
  y = 0,
  payload,
  spaceStart,
  lengthDays,
}: TickProps & { spaceStart: string; lengthDays: number }) {
  if (!payload) return null;
  const date = shortDayLabel(dayOfNumber(spaceStart, payload.value));
  // Only days of the space period have a number; before and after it, the date says it plainly.
  if (!isSpaceDay(payload.value, lengthDays)) {
    return (
      <g transform={`translate(${x},${y})`} className="mood-chart-tick">
        <text textAnchor="middle" dy={14}>
          {date}
        </text>
      </g>
    );
  }
  return (
    <g transform={`translate(${x},${y})`} className="mood-chart-tick">
      <text textAnchor="middle" dy={14}>
        Day {payload.value}
      </text>
      <text textAnchor="middle" dy={30} className="mood-chart-tick-date">
        {date}
      </text>
    </g>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: MoodPoint;
}

function MoodDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload || payload.mean === null) return <g />;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={5}
      fill={moodColorVar(payload.mean)}
      className="mood-chart-point"
      data-testid="mood-point"
      data-day={payload.day}
    />
  );
}

interface TooltipContentProps {
  active?: boolean;
  payload?: readonly { payload?: MoodPoint }[];
  lengthDays: number;
}

function ChartTooltip({ active, payload, lengthDays }: TooltipContentProps) {
  const point = payload?.find((item) => item.payload)?.payload;
  if (!active || !point) return null;
  return (
    <div className="mood-chart-tooltip">
      <p className="mood-chart-tooltip-day">{longDayLabel(point.day)}</p>
      {point.dayNumber >= 1 && point.dayNumber <= lengthDays ? (
        <p>
          Day {point.dayNumber} of {lengthDays}
        </p>
      ) : null}
      <p>
        {point.mean === null
          ? 'No mood that day'
          : `Mood: ${point.mean.toFixed(1)} (${moodLabel(point.mean)})`}
      </p>
      {point.rolling7 !== null ? <p>7-day mean: {point.rolling7.toFixed(1)}</p> : null}
      {point.contact ? <p>Contact logged</p> : null}
    </div>
  );
}

/** Daily mean moods, their 7-day rolling mean, the space period shaded, contact days and today marked. */
export default function MoodChart({ trends, fallbackWidth = 640 }: MoodChartProps) {
  const { ref, width } = useWidth(fallbackWidth);
  const margin = { top: 24, right: 16, bottom: 8, left: 4 };
  const model = chartModel(trends, width < 480 ? 5 : 8, width - Y_AXIS_WIDTH - margin.left - margin.right);
  const { space } = trends;
  return (
    <div ref={ref} className="mood-chart" data-testid="mood-chart">
      <ComposedChart
        width={width}
        height={CHART_HEIGHT}
        data={model.points}
        margin={margin}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} className="mood-chart-grid" />
        <XAxis
          type="number"
          dataKey="dayNumber"
          domain={[model.firstDayNumber, model.lastDayNumber]}
          ticks={model.ticks}
          interval={0}
          allowDecimals={false}
          height={44}
          tick={<DayTick spaceStart={space.start} lengthDays={space.lengthDays} />}
          className="mood-chart-axis"
        />
        <YAxis
          type="number"
          domain={MOOD_AXIS_DOMAIN}
          ticks={[1, 2, 3, 4, 5]}
          tickFormatter={(value: number) => MOOD_LABELS[value - 1] ?? ''}
          width={Y_AXIS_WIDTH}
          className="mood-chart-axis"
        />
        {model.spaceArea ? (
          <ReferenceArea
            x1={model.spaceArea.from}
            x2={model.spaceArea.to}
            fill={SPACE_PERIOD_TINT}
            fillOpacity={1}
            ifOverflow="hidden"
            label={
              model.labelSpaceArea
                ? { value: 'Space period', position: 'insideTopLeft', className: 'mood-chart-label' }
                : undefined
            }
            data-testid="space-area"
          />
        ) : null}
        {model.contactDayNumbers.map((dayNumber) => (
          <ReferenceLine
            key={`contact-${dayNumber}`}
            x={dayNumber}
            className="mood-chart-contact"
            strokeDasharray="4 3"
            data-testid="contact-marker"
          />
        ))}
        {model.todayDayNumber !== null ? (
          <ReferenceLine
            x={model.todayDayNumber}
            className="mood-chart-today"
            label={{ value: 'Today', position: 'top', className: 'mood-chart-label' }}
            data-testid="today-marker"
          />
        ) : null}
        <Line
          dataKey="rolling7"
          name="7-day mean"
          type="monotone"
          dot={false}
          activeDot={false}
          connectNulls={false}
          isAnimationActive={false}
          className="mood-chart-rolling"
          strokeWidth={2.5}
          data-testid="rolling-line"
        />
        <Scatter
          dataKey="mean"
          name="Daily mean"
          data={model.meanPoints}
          shape={<MoodDot />}
          isAnimationActive={false}
        />
        <Tooltip content={<ChartTooltip lengthDays={space.lengthDays} />} isAnimationActive={false} />
      </ComposedChart>
      {model.meanPoints.length === 0 ? (
        <p className="mood-chart-empty">
          No moods in this range yet. Each entry you save with a mood becomes a dot here.
        </p>
      ) : null}
    </div>
  );
}
