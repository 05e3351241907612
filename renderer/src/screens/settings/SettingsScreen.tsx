import { useEffect, useState } from 'react';
import type { Settings } from '../../../../shared/domain.ts';
import { ApiFailure, call, messageOf } from '../../api-client.ts';
import { useSession } from '../../app/session.ts';
import type { ScreenProps } from '../../navigation.ts';
import { Notice } from '../../ui/Notice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { AboutSection } from './AboutSection.tsx';
import { AutoLockSettings } from './AutoLockSettings.tsx';
import { BackupSettings } from './BackupSettings.tsx';
import { ExportSection } from './ExportSection.tsx';
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

/** Settings: space period, auto-lock, theme, passphrase, recovery key, backups, export, about. */
export function SettingsScreen(_props: ScreenProps) {
  const session = useSession();
  const [settings, setSettings] = useState<Settings | null>(session.settings);
  const [failure, setFailure] = useState('');

  useEffect(() => {
    let active = true;
    call('getSettings').then(
      (loaded) => {
        if (active) setSettings(loaded);
      },
      (error) => {
        if (!active) return;
        if (error instanceof ApiFailure && error.code === 'LOCKED') session.lockedElsewhere();
        else setFailure(messageOf(error));
      },
    );
    return () => {
      active = false;
    };
  }, [session.lockedElsewhere]);

  function saved(next: Settings) {
    setSettings(next);
    session.settingsChanged(next);
  }

  return (
    <div className="settings">
      <PageHeading>Settings</PageHeading>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {settings ? (
        <>
          <SettingsSection title="Space period">
            <SpacePeriodSettings settings={settings} onSaved={saved} />
          </SettingsSection>
          <SettingsSection title="Auto-lock">
            <AutoLockSettings settings={settings} onSaved={saved} />
          </SettingsSection>
          <SettingsSection title="Appearance">
            <div className="stack">
              <ThemeSettings settings={settings} onSaved={saved} />
              <TextSizeSettings settings={settings} onSaved={saved} />
            </div>
          </SettingsSection>
        </>
      ) : failure ? null : (
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
      <SettingsSection title="Export">
        <ExportSection />
      </SettingsSection>
      <SettingsSection title="About">
        <AboutSection />
      </SettingsSection>
    </div>
  );
}
