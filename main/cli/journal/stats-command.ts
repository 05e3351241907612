/** `stats`: the space period and the mood summary over the whole journal. */
import { parseCommandArguments, VAULT_OPTIONS } from '../arguments.ts';
import type { CliCommandRun } from '../io.ts';
import { withJournal } from './open-journal.ts';

function rounded(value: number | null, digits = 2): string {
  return value === null ? '—' : value.toFixed(digits);
}

export const runStatsCommand: CliCommandRun = async (argv, io) => {
  const usage = 'stats [--vault PATH] [--passphrase-file FILE] [--json]';
  const { values } = parseCommandArguments(argv, VAULT_OPTIONS, { usage });
  const trends = await withJournal(values, io, (journal) => journal.moodTrends('all'));
  const { space, summary } = trends;
  if (values.json) {
    io.stdout(`${JSON.stringify({ space, summary })}\n`);
    return 0;
  }
  const where =
    space.stage === 'before'
      ? `Your space period starts on ${space.start}.`
      : space.stage === 'space'
        ? `Day ${space.dayNumber} of ${space.lengthDays} of your space period.`
        : `Your ${space.lengthDays}-day space period ended on ${space.end}.`;
  io.stdout(
    [
      where,
      `Entries: ${summary.entryCount}`,
      `Mean mood during the space: ${rounded(summary.meanDuringSpace)}; after it: ${rounded(summary.meanAfterSpace)}`,
      `Trend: ${rounded(summary.trendPerWeek)} points per week`,
      `Best day: ${summary.bestDay ? `${summary.bestDay.day} (${rounded(summary.bestDay.mean, 1)})` : '—'}`,
      `Hardest day: ${summary.worstDay ? `${summary.worstDay.day} (${rounded(summary.worstDay.mean, 1)})` : '—'}`,
      `Streak: ${summary.streakDays} day${summary.streakDays === 1 ? '' : 's'}`,
      `Emotions: ${
        summary.topEmotions
          .slice(0, 5)
          .map((e) => `${e.emotion} ×${e.count}`)
          .join(', ') || '—'
      }`,
      '',
    ].join('\n'),
  );
  return 0;
};
