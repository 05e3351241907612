/**
 * Every word of the care card, kept in this one file so it can be reviewed (and translated) as a
 * whole. Offline text only: numbers to call, no links that would need the network. It is shown
 * in the app and never written into an export.
 */

export interface SupportLine {
  /** Where the line answers. */
  region: string;
  name: string;
  /** How to reach it, as people dial it there. */
  contact: string;
}

export const CARE_TITLE = 'A few heavy days';

export const CARE_INTRO =
  'The last few days have been hard. That happens after a breakup, and it is fine to lean on someone: a friend, someone in your family, or a person whose work is to listen.';

export const CARE_LINES_INTRO =
  'If you would like to talk to someone now, these lines are free and answer day and night:';

/** Well-known national lines, free and open around the clock (checked November 2026). */
export const SUPPORT_LINES: readonly SupportLine[] = [
  { region: 'United States and Canada', name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988' },
  { region: 'United Kingdom and Ireland', name: 'Samaritans', contact: '116 123' },
  { region: 'Australia', name: 'Lifeline', contact: '13 11 14' },
  { region: 'New Zealand', name: 'Need to talk?', contact: 'call or text 1737' },
  { region: 'Germany', name: 'TelefonSeelsorge', contact: '0800 111 0 111' },
  { region: 'France', name: 'Numéro national de prévention du suicide', contact: '3114' },
  { region: 'India', name: 'Tele-MANAS', contact: '14416' },
];

export const CARE_ELSEWHERE =
  'Somewhere else? A doctor, a pharmacist or a local health service can tell you about a line near you.';

export const CARE_EMERGENCY = 'In an emergency, call your local emergency number.';

export const CARE_DISMISS = 'Put this away';
