import { useSession } from '../../app/session.ts';
import { useCoreCall, useCoreQuery } from '../../data/core-query.ts';
import { LoadFailure } from '../../data/LoadFailure.tsx';
import type { ScreenProps } from '../../navigation.ts';
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

/** Settings: space period, auto-lock, theme, passphrase, recovery key, backups, import, export, about. */
export function SettingsScreen(_props: ScreenProps) {
  const session = useSession();
  const call = useCoreCall();
  const loaded = useCoreQuery('getSettings', undefined);
  const settings = loaded.data;

  return (
    <div className="settings">
      <PageHeading>Settings</PageHeading>
      {loaded.isError ? <LoadFailure error={loaded.error} onRetry={() => void loaded.refetch()} /> : null}
      {settings ? (
        <>
          <SettingsSection title="Space period">
            <SpacePeriodSettings settings={settings} />
          </SettingsSection>
          <SettingsSection title="Auto-lock">
            <AutoLockSettings settings={settings} />
          </SettingsSection>
          <SettingsSection title="Appearance">
            <div className="stack">
              <ThemeSettings settings={settings} />
              <TextSizeSettings settings={settings} />
            </div>
          </SettingsSection>
          <SettingsSection title="Hard dates and memories">
            <MemoriesSettings settings={settings} />
          </SettingsSection>
        </>
      ) : loaded.isError ? null : (
        <p className="screen-loading">Opening settings…</p>
      )}
      <SettingsSection title="Daily reminder">
        <ReminderSettings />
      </SettingsSection>
      <SettingsSection title="Passphrase">
        <PassphraseSettings />
      </SettingsSection>
      <SettingsSection title="Recovery key">
        <RecoveryKeySettings />
      </SettingsSection>
      <SettingsSection title="Backups">
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
      <SettingsSection title="Import a journal">
        <JournalImport />
      </SettingsSection>
      <SettingsSection title="Export">
        <ExportSection />
      </SettingsSection>
      <SettingsSection title="About">
        <AboutSection />
      </SettingsSection>
    </div>
  );
}
