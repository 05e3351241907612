import type { Entry } from '../../../../shared/domain.ts';
import { HardDateHeadsUps } from '../../components/memories/HardDateHeadsUps.tsx';
import { OnThisDay } from '../../components/memories/OnThisDay.tsx';
import { WrittenToday } from '../../components/memories/WrittenToday.tsx';
import '../../components/memories/memories.css';
import { useCoreQuery } from '../../data/core-query.ts';
import type { WriteRequest } from '../../navigation.ts';

/**
 * What Today shows beside the page: hard dates coming up, "You wrote today" with the streak, and
 * on this day (the core holds throwbacks back while they would only hurt). Each is a kindness, not
 * the page itself: one that cannot be read shows nothing rather than stand in the way of writing.
 */
export function TodayMemories({
  write,
  onWriteAnother,
}: {
  write(request: WriteRequest): void;
  onWriteAnother(): void;
}) {
  const headsUps = useCoreQuery('hardDateHeadsUps', undefined).data;
  const written = useCoreQuery('writtenToday', undefined).data;
  const onThisDay = useCoreQuery('onThisDay', undefined).data;
  const open = (entry: Entry) => write({ kind: 'edit', entryId: entry.id });
  return (
    <>
      {headsUps ? (
        <HardDateHeadsUps
          headsUps={headsUps}
          onPlan={(headsUp) =>
            write({
              kind: 'prompt',
              prompt: { packId: 'hard-dates', promptId: headsUp.prompt.id, text: headsUp.prompt.text },
              sectionId: 'hard-dates',
            })
          }
        />
      ) : null}
      {written ? <WrittenToday written={written} onOpen={open} onWriteAnother={onWriteAnother} /> : null}
      {onThisDay ? <OnThisDay onThisDay={onThisDay} onOpen={open} /> : null}
    </>
  );
}
