import type { ReactNode } from 'react';
import './ui.css';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

export interface NoticeProps {
  tone?: NoticeTone;
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons offered with the notice (retry, restore…). */
  actions?: ReactNode;
}

/**
 * A calm message box. Errors are announced at once (role "alert"); everything else politely
 * (role "status"), so a screen reader is not interrupted by good news.
 */
export function Notice({ tone = 'info', title, children, actions }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="notice-title">{title}</p> : null}
      {children}
      {actions ? <div className="notice-actions">{actions}</div> : null}
    </div>
  );
}
