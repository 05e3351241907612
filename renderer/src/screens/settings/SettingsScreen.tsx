import { useSession } from '../../app/session.ts';
import { useCoreCall, useCoreQuery } from '../../data/core-query.ts';
import { LoadFailure } from '../../data/LoadFailure.tsx';
import type { ScreenProps } from '../../navigation.ts';
import { PageContents, type PageContentsItem } from '../../ui/PageContents.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { AboutSection } from './AboutSection.tsx';
import { AutoLockSettings } from './AutoLockSettings.tsx';
import { BackupSettings } from './BackupSettings.tsx';
import { ExportSection } from './ExportSection.tsx';
import { JournalImport } from './import/JournalImport.tsx';
import { MemoriesSettings } from './MemoriesSettings.tsx';
import { PassphraseSettings } from './PassphraseSettings.tsx';
import { RecoveryKeySettings } from './RecoveryKeySettings.tsx';
import { ReminderSettings } from './ReminderSettings.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { SpacePeriodSettings } from './SpacePeriodSettings.tsx';
import { TextSizeSettings } from './TextSizeSettings.tsx';
import { ThemeSettings } from './ThemeSettings.tsx';
import { describeBackup } from '../unlock/backups.ts';
import '../onboarding/onboarding.css';
import './settings.css';

/** The page's sections, in the order they are shown (SettingsScreen.test.tsx checks it). */
const PARTS = {
  spacePeriod: { anchor: 'settings-space-period', title: 'Space period' },
  autoLock: { anchor: 'settings-auto-lock', title: 'Auto-lock' },
  appearance: { anchor: 'settings-appearance', title: 'Appearance' },
  hardDatesAndMemories: { anchor: 'settings-hard-dates-and-memories', title: 'Hard dates and memories' },
  dailyReminder: { anchor: 'settings-daily-reminder', title: 'Daily reminder' },
  passphrase: { anchor: 'settings-passphrase', title: 'Passphrase' },
  recoveryKey: { anchor: 'settings-recovery-key', title: 'Recovery key' },
  backups: { anchor: 'settings-backups', title: 'Backups' },
  importAJournal: { anchor: 'settings-import-a-journal', title: 'Import a journal' },
  export: { anchor: 'settings-export', title: 'Export' },
  about: { anchor: 'settings-about', title: 'About' },
} as const satisfies Record<string, PageContentsItem>;

export const SETTINGS_CONTENTS: readonly PageContentsItem[] = Object.values(PARTS);

/** Settings: space period, auto-lock, theme, passphrase, recovery key, backups, import, export, about. */
export function SettingsScreen(_props: ScreenProps) {
  const session = useSession();
  const call = useCoreCall();
  const loaded = useCoreQuery('getSettings', undefined);
  const settings = loaded.data;

  return (
    <div className="settings">
      <PageHeading>Settings</PageHeading>
      <PageContents label="Settings on this page" items={SETTINGS_CONTENTS} />
      {loaded.isError ? <LoadFailure error={loaded.error} onRetry={() => void loaded.refetch()} /> : null}
      {settings ? (
        <>
          <SettingsSection part={PARTS.spacePeriod}>
            <SpacePeriodSettings settings={settings} />
          </SettingsSection>
          <SettingsSection part={PARTS.autoLock}>
            <AutoLockSettings settings={settings} />
          </SettingsSection>
          <SettingsSection part={PARTS.appearance}>
            <div className="stack">
              <ThemeSettings settings={settings} />
              <TextSizeSettings settings={settings} />
            </div>
          </SettingsSection>
          <SettingsSection part={PARTS.hardDatesAndMemories}>
            <MemoriesSettings settings={settings} />
          </SettingsSection>
        </>
      ) : loaded.isError ? null : (
        <p className="screen-loading">Opening settings…</p>
      )}
      <SettingsSection part={PARTS.dailyReminder}>
        <ReminderSettings />
      </SettingsSection>
      <SettingsSection part={PARTS.passphrase}>
        <PassphraseSettings />
      </SettingsSection>
      <SettingsSection part={PARTS.recoveryKey}>
        <RecoveryKeySettings />
      </SettingsSection>
      <SettingsSection part={PARTS.backups}>
        <BackupSettings
          onRestored={async (backup) => {
            // The restored file may have another passphrase: start again from the unlock screen.
            await call('lock').catch(() => {});
            session.lockedElsewhere(
              `Your journal is back as it was on ${describeBackup(backup)}. Unlock it with the passphrase you had then.`,
            );
          }}
        />
      </SettingsSection>
      <SettingsSection part={PARTS.importAJournal}>
        <JournalImport />
      </SettingsSection>
      <SettingsSection part={PARTS.export}>
        <ExportSection />
      </SettingsSection>
      <SettingsSection part={PARTS.about}>
        <AboutSection />
      </SettingsSection>
    </div>
  );
}
