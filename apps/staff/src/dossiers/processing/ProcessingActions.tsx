import { DownOutlined, PrinterOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Tooltip } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/permissions.ts';
import type { DossierAction, DossierDetail } from '../types.ts';
import { ApologyModal } from './ApologyModal.tsx';
import { AssignModal } from './AssignModal.tsx';
import { controlSheetUrl } from './api.ts';
import type { DossierDialogProps } from './dialog.ts';
import { FeePaidModal, RequestFeeModal } from './FeeModals.tsx';
import { ForwardModal } from './ForwardModal.tsx';
import { PostalModal } from './PostalModal.tsx';
import { ReturnModal } from './ReturnModal.tsx';
import { SendBackModal } from './SendBackModal.tsx';

/** The processing actions of the lifecycle, and the post's answer (which changes no status). */
type Dialog =
  | Extract<
      DossierAction,
      | 'forward'
      | 'complete'
      | 'return_result'
      | 'send_back'
      | 'assign'
      | 'request_fee'
      | 'fee_paid'
      | 'apologise'
    >
  | 'postal';

type DoneMessage =
  | 'dossierProcessing.forwarded'
  | 'dossierProcessing.completed'
  | 'dossierProcessing.sentBack'
  | 'dossierProcessing.assigned'
  | 'dossierProcessing.feeRequested'
  | 'dossierProcessing.feeRecorded'
  | 'dossierProcessing.apologised'
  | 'dossierProcessing.returned'
  | 'dossierProcessing.postalUpdated';

/** The dialog of each action, and what it says once done. */
const dialogs: Record<Dialog, { open: (props: DossierDialogProps) => ReactNode; done: DoneMessage }> = {
  forward: { open: (p) => <ForwardModal {...p} complete={false} />, done: 'dossierProcessing.forwarded' },
  complete: { open: (p) => <ForwardModal {...p} complete />, done: 'dossierProcessing.completed' },
  send_back: { open: (p) => <SendBackModal {...p} />, done: 'dossierProcessing.sentBack' },
  assign: { open: (p) => <AssignModal {...p} />, done: 'dossierProcessing.assigned' },
  request_fee: { open: (p) => <RequestFeeModal {...p} />, done: 'dossierProcessing.feeRequested' },
  fee_paid: { open: (p) => <FeePaidModal {...p} />, done: 'dossierProcessing.feeRecorded' },
  apologise: { open: (p) => <ApologyModal {...p} />, done: 'dossierProcessing.apologised' },
  return_result: { open: (p) => <ReturnModal {...p} />, done: 'dossierProcessing.returned' },
  postal: { open: (p) => <PostalModal {...p} />, done: 'dossierProcessing.postalUpdated' },
};

/** In the order the buttons show, the main ones first. */
const order: Dialog[] = [
  'forward',
  'complete',
  'return_result',
  'send_back',
  'assign',
  'request_fee',
  'fee_paid',
  'apologise',
  'postal',
];
/** Shown as buttons; the others wait in "more". */
const main = new Set<Dialog>(['forward', 'complete', 'return_result', 'fee_paid', 'postal']);

/**
 * The processing actions on a dossier — forward or complete, send back, assign, fees, the apology (Mẫu 04),
 * returning the result and the post's answer — as far as the server allows them to the user now
 * (`actions` of the detail), and the control sheet (Mẫu 05) to print. A late dossier waiting for its
 * apology shows the apology first, saying why.
 */
export function ProcessingActions({
  dossier,
  onChanged,
}: {
  dossier: DossierDetail;
  onChanged: (dossier: DossierDetail) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const permissions = usePermissions();
  const [open, setOpen] = useState<Dialog | null>(null);
  const allowed = new Set<string>(dossier.actions);
  // the post's answer is the counter's to record; the server checks it is this dossier's counter
  if (dossier.postalStatus === 'sent' && permissions.has('dossiers.receive')) allowed.add('postal');
  const shown = order.filter((action) => allowed.has(action));
  // the server leaves forward and complete out while a late dossier waits for its apology
  const waitsForApology =
    dossier.timeliness === 'overdue' &&
    allowed.has('apologise') &&
    !allowed.has('forward') &&
    !allowed.has('complete') &&
    dossier.status === 'processing';
  const buttons = shown.filter((a) => main.has(a) || (a === 'apologise' && waitsForApology));
  const more = shown.filter((a) => !buttons.includes(a));
  const dialog = open ? dialogs[open] : null;
  const label = (action: Dialog) => t(`dossierProcessing.actions.${action}`);

  return (
    <>
      {buttons.map((action) =>
        action === 'apologise' ? (
          <Tooltip key={action} title={t('dossierProcessing.apologyNeeded')}>
            <Button
              type="primary"
              danger
              icon={<WarningOutlined aria-hidden />}
              onClick={() => setOpen(action)}
            >
              {label(action)}
            </Button>
          </Tooltip>
        ) : (
          <Button key={action} type="primary" onClick={() => setOpen(action)}>
            {label(action)}
          </Button>
        ),
      )}
      {more.length > 0 ? (
        <Dropdown
          menu={{
            items: more.map((action) => ({
              key: action,
              label: label(action),
              danger: action === 'send_back',
            })),
            onClick: ({ key }) => setOpen(key as Dialog),
          }}
        >
          <Button>
            {t('dossierProcessing.more')} <DownOutlined aria-hidden />
          </Button>
        </Dropdown>
      ) : null}
      {dossier.receivedAt ? (
        <Button icon={<PrinterOutlined aria-hidden />} href={controlSheetUrl(dossier.id)} target="_blank">
          {t('dossierProcessing.printControlSheet')}
        </Button>
      ) : null}
      {dialog
        ? dialog.open({
            dossier,
            onClose: () => setOpen(null),
            onSaved: (next) => {
              setOpen(null);
              onChanged(next);
              void message.success(t(dialog.done));
            },
          })
        : null}
    </>
  );
}
